// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ci-reporter",
    products: [
        .executable(name: "ci-reporter", targets: ["ci-reporter"]),
    ],
    targets: [
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .target(name: "YAML", dependencies: ["CYaml"]),
        .target(name: "Rules", dependencies: ["YAML"]),
        .target(name: "CIReporter", dependencies: ["Rules", "YAML", "CLibGit2"]),
        .executableTarget(name: "ci-reporter", dependencies: ["CIReporter"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "RulesTests", dependencies: ["Rules", "YAML"]),
        .testTarget(name: "CIReporterTests", dependencies: ["CIReporter", "Rules", "YAML"]),
    ],
    swiftLanguageModes: [.v6]
)

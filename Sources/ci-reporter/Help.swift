enum Help {
    static let main = """
        ci-reporter judges Kubernetes manifests against security rules and writes reports for CI:
        SARIF for GitHub code scanning, and text for logs.

        USAGE:
          ci-reporter scan [PATH...] [options]   Judge the manifests under each PATH
          ci-reporter rules [--format text|json] List the rules of the catalog
          ci-reporter help [COMMAND]             Show help for a command
          ci-reporter --version                  Print the version

        Run 'ci-reporter help scan' for the options of scan.

        EXIT STATUS:
          0  nothing reached the --fail-on threshold
          1  at least one finding reached it
          2  usage error, or an input that could not be read
        """

    static let scan = """
        USAGE: ci-reporter scan [PATH...] [options]

        Judges every Kubernetes object in the given files and folders. Folders are searched for
        *.yaml, *.yml and *.json files (hidden folders such as .git are skipped); a file named
        directly is read whatever its extension. Without PATH, the current folder is scanned.

        OPTIONS:
          --sarif FILE            Also write SARIF 2.1.0 (GitHub code scanning) to FILE
          --format text|sarif     What to print on standard output (default: text)
          --fail-on LEVEL         Exit 1 when a finding is at least LEVEL:
                                  high, medium, low, info, or none to never fail (default: info)
          --category ID           SARIF automationDetails.id (default: ci-reporter/)
          --no-color              Never colour the text output (also: NO_COLOR set)
          -h, --help              Show this help

        A file that does not parse is reported as file:line:column on standard error and in the
        SARIF notifications; the other documents and files are judged all the same.

        EXAMPLES:
          ci-reporter scan samples/
          ci-reporter scan k8s/ --sarif reports/ci-reporter.sarif --fail-on high
        """

    static let rules = """
        USAGE: ci-reporter rules [--format text|json]

        Lists every rule of the catalog: severity, slug, id and category (text), or every
        field, summary and help included (json).
        """
}

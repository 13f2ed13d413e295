enum Help {
    /// The report options `scan` and `diff` share.
    static let reportOptions = """
        REPORTS (any combination, in one run):
          --sarif FILE            Write SARIF 2.1.0 for GitHub code scanning
          --junit FILE            Write JUnit XML: a test suite per file, a test case per rule
                                  and object, a failure per finding
          --markdown FILE         Write Markdown for $GITHUB_STEP_SUMMARY or a PR comment
          --markdown-limit BYTES  Cut the Markdown at BYTES, saying how many findings were left
                                  out (default: 1048576; 65536 suits a PR comment)
          --format FORMAT         What to print on standard output: text (default), sarif,
                                  junit or markdown
          --category ID           SARIF automationDetails.id (default: ci-reporter/)
          --no-color              Never colour the text output (also: NO_COLOR set)
          -q, --quiet             No progress line and no summary line on standard error
        """

    /// The configuration options `scan` and `diff` share; `folder` is where the command looks
    /// for `.ci-reporter.yml`.
    static func configurationOptions(readFrom folder: String) -> String {
        """
        CONFIGURATION (see docs/configuration.md):
          --config FILE           Read settings from FILE instead of .ci-reporter.yml (which is
                                  read, when present, from \(folder)); options given
                                  on the command line win over the file
          --report-unused-suppressions
                                  Report, as notes, suppression comments and ignore entries
                                  that silence no finding
        """
    }

    static let main = """
        ci-reporter judges Kubernetes manifests against security rules and writes reports for CI:
        SARIF for GitHub code scanning, JUnit XML for test reporters, Markdown for job summaries
        and pull-request comments, and text for logs.

        USAGE:
          ci-reporter scan [PATH...] [options]   Judge the manifests under each PATH
          ci-reporter diff [RANGE] [options]     Judge what a change (a pull request) touched
          ci-reporter rules [--format text|json] List the rules of the catalog
          ci-reporter config --print             Show the configuration a run would use
          ci-reporter help [COMMAND]             Show help for a command
          ci-reporter --version                  Print the version

        Run 'ci-reporter help scan', 'ci-reporter help diff' or 'ci-reporter help config' for
        their options.

        EXIT STATUS:
          0  nothing reached the --fail-on threshold
          1  at least one finding reached it
          2  usage error, a configuration file with errors, or an input that could not be read
        """

    static let scan = """
        USAGE: ci-reporter scan [PATH...] [options]

        Judges every Kubernetes object in the given files and folders. Folders are searched for
        *.yaml, *.yml and *.json files (hidden folders such as .git are skipped); a file named
        directly is read whatever its extension. Without PATH, the current folder is scanned.

        OPTIONS:
          --fail-on LEVEL         Exit 1 when a finding is at least LEVEL:
                                  high, medium, low, info, or none to never fail (default: info)
          --rule SLUG|ID          Judge with this rule only (repeatable, or comma-separated)
          -j, --jobs N            Read, load and judge N files at once (default: the number of
                                  active cores); the reports are the same whatever N is
          -h, --help              Show this help

        \(reportOptions)

        \(configurationOptions(readFrom: "the current folder"))

        A file that does not parse is reported as file:line:column on standard error and in the
        SARIF notifications; the other documents and files are judged all the same.

        EXAMPLES:
          ci-reporter scan samples/
          ci-reporter scan k8s/ --sarif reports/ci-reporter.sarif --fail-on high
          ci-reporter scan k8s/ --junit reports/junit.xml --markdown "$GITHUB_STEP_SUMMARY"
        """

    static let diff = """
        USAGE: ci-reporter diff [BASE...HEAD | BASE..HEAD] [options]
               ci-reporter diff --base BASE [--head HEAD] [options]
               ci-reporter diff --worktree | --staged [options]

        Asks git which manifests a change touched and judges only those, as a pull request
        needs. The bytes come from git's object database, never from the working tree (except
        with --worktree), so a dirty checkout or a bare clone is fine.

        WHAT TO COMPARE:
          --base BASE [--head HEAD]  HEAD (default: HEAD) against the merge base of BASE and HEAD,
                                     as a pull request does; same as BASE...HEAD
          BASE..HEAD                 HEAD against BASE itself
          --worktree                 The working tree and index against HEAD (untracked files too)
          --staged                   The index against HEAD, for a pre-commit hook
          (none of these)            Found from CI: a GitHub pull_request or push event, a GitLab
                                     merge request; otherwise the merge base with origin/HEAD,
                                     origin/main, origin/master, main or master

        OPTIONS:
          --filter added|touched|file|all
                                  Which findings of changed files to report (default: touched):
                                  added   - the finding's line was added
                                  touched - the change falls inside the container, pod spec or
                                            object the finding is about (deletions count)
                                  file    - every finding in a changed file
                                  all     - every manifest of HEAD, changed or not
          --no-baseline           Do not judge the base version; every finding counts
          --fail-on LEVEL         Exit 1 when a new finding is at least LEVEL (default: info)
          --fail-on-existing      Let findings that were already there count for --fail-on too
          --include GLOB          Judge paths matching GLOB (repeatable; default *.yaml *.yml *.json)
          --exclude GLOB          Leave out paths matching GLOB (repeatable), e.g. 'charts/**'
          --repo PATH             The repository (default: the one holding the current folder)
          --rule SLUG|ID          Judge with this rule only (repeatable, or comma-separated)
          -j, --jobs N            Read, load and judge N files at once, the rest of the tree
                                  too when a rule looks across objects (default: the number of
                                  active cores); the reports are the same whatever N is
          -h, --help              Show this help

        \(reportOptions)

        \(configurationOptions(readFrom: "the repository's root"))

        With the baseline (the default), each finding is new or unchanged by a fingerprint that
        ignores line numbers (the text says which after each finding; SARIF results carry it as
        baselineState), and findings the change fixed are counted. A summary line on standard
        error says what was compared and what was found.

        EXAMPLES:
          ci-reporter diff --base origin/main --sarif reports/ci-reporter.sarif
          ci-reporter diff main...feature --filter added
          ci-reporter diff --staged --fail-on high
        """

    static let config = """
        USAGE: ci-reporter config --print [--config FILE] [--repo PATH] [options]

        Prints the configuration a run would use, as a configuration file: .ci-reporter.yml
        (or --config FILE) with every default filled in, the options given here applied over
        it, and the rules that run listed at the end. Without --repo it reads the file from the
        current folder, as 'scan' does; with --repo, from the repository's root, as 'diff' does.
        A file with errors is reported as file:line:column, with exit status 2.

        The options 'scan' and 'diff' take over the file may be given to see their effect:
        --fail-on, --filter, --include, --exclude, --rule, --sarif, --junit, --markdown,
        --markdown-limit and --report-unused-suppressions.

        EXAMPLES:
          ci-reporter config --print
          ci-reporter config --print --config ci/strict.yml --fail-on high
        """

    static let rules = """
        USAGE: ci-reporter rules [--format text|json]
               ci-reporter rules --docs FOLDER

        Lists every rule of the catalog: severity, slug, id and category (text), or every
        field, summary and help included (json). With --docs, writes a Markdown page per rule
        and an index to FOLDER (what `make docs` does for docs/rules/), removing pages of rules
        that no longer exist.
        """
}

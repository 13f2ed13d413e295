# ci-reporter: `make demo` scans samples/ and writes reports/; `make test` runs every test.
SWIFT ?= swift
REPORTS ?= reports
BIN := .build/debug/ci-reporter

.PHONY: deps build demo test docs bench clean

deps:
	@scripts/install-deps.sh --with-validators

build: deps
	$(SWIFT) build

# Scans the bundled samples the way CI would, and writes every report to $(REPORTS)/.
# Findings are expected here, so they do not fail the target (--fail-on none).
demo: build
	@mkdir -p $(REPORTS)
	$(BIN) scan samples --fail-on none --sarif $(REPORTS)/ci-reporter.sarif \
	  --junit $(REPORTS)/ci-reporter.xml --markdown $(REPORTS)/ci-reporter.md
	@echo "Reports written to $(REPORTS)/: $$(ls $(REPORTS) | tr '\n' ' ')"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --disable-xctest

# Speed against a raw libyaml parse, git, and the peers found on PATH; prints a Markdown table and
# writes it to bench/results/latest.md (see bench/README.md). Not part of `make test`.
bench: deps
	$(SWIFT) build -c release
	python3 bench/bench.py --no-build $(BENCH_FLAGS)

# The rule pages in docs/rules/, written from the catalog (a test fails when they are stale).
docs: build
	$(BIN) rules --docs docs/rules

clean:
	rm -rf .build $(REPORTS)

#!/usr/bin/env bash
# The action's main step: runs `ci-reporter diff` with the action's inputs (which reach this
# script only through INPUT_* variables), writes the step outputs and the job summary, and says
# whether the SARIF can be uploaded. It always exits 0: the action's last step exits with
# ci-reporter's status, after the upload has had its chance.
set -uo pipefail

binary="$GITHUB_ACTION_PATH/.build/release/ci-reporter"
sarif="${INPUT_SARIF_FILE:-ci-reporter-results/ci-reporter.sarif}"
junit="${INPUT_JUNIT_FILE:-ci-reporter-results/junit.xml}"
markdown="${INPUT_MARKDOWN_FILE:-ci-reporter-results/summary.md}"

args=(diff --sarif "$sarif" --junit "$junit" --markdown "$markdown")
[ -n "${INPUT_BASE:-}" ] && args+=(--base "$INPUT_BASE")
[ -n "${INPUT_HEAD:-}" ] && args+=(--head "$INPUT_HEAD")
while IFS= read -r glob; do [ -n "$glob" ] && args+=(--include "$glob"); done <<<"${INPUT_PATHS:-}"
while IFS= read -r glob; do [ -n "$glob" ] && args+=(--exclude "$glob"); done <<<"${INPUT_EXCLUDE:-}"
[ -n "${INPUT_FILTER:-}" ] && args+=(--filter "$INPUT_FILTER")
[ -n "${INPUT_FAIL_ON:-}" ] && args+=(--fail-on "$INPUT_FAIL_ON")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ -n "${INPUT_CATEGORY:-}" ] && args+=(--category "$INPUT_CATEGORY")

echo "ci-reporter ${args[*]}"
"$binary" "${args[@]}"
status=$?

# Counts for the outputs, read back from the SARIF the run wrote.
read -r findings new_findings < <(python3 - "$sarif" <<'PY' 2>/dev/null || echo "0 0"
import json, sys
try:
    results = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]["results"]
except (OSError, ValueError, KeyError, IndexError):
    results = []
active = [r for r in results if not r.get("suppressions")]
print(len(active), sum(1 for r in active if r.get("baselineState", "new") == "new"))
PY
)

upload=false
if [ "${INPUT_UPLOAD_SARIF:-true}" = "true" ] && [ -f "$sarif" ]; then
  upload=true
  # A pull request from a fork runs with a read-only token: code scanning would refuse the
  # upload, so say so instead of failing the job.
  if [ "${GITHUB_EVENT_NAME:-}" = "pull_request" ] && [ -f "${GITHUB_EVENT_PATH:-}" ]; then
    head_repository=$(python3 -c 'import json,sys; print(((json.load(open(sys.argv[1])).get("pull_request") or {}).get("head") or {}).get("repo", {}).get("full_name", ""))' "$GITHUB_EVENT_PATH" 2>/dev/null)
    if [ -n "$head_repository" ] && [ "$head_repository" != "${GITHUB_REPOSITORY:-}" ]; then
      upload=false
      echo "::notice title=ci-reporter::This pull request comes from the fork $head_repository, whose token cannot write code-scanning alerts: the SARIF upload is skipped. The job summary and $junit still hold every finding."
    fi
  fi
fi

if [ "${INPUT_JOB_SUMMARY:-true}" = "true" ] && [ -f "$markdown" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  cat "$markdown" >> "$GITHUB_STEP_SUMMARY"
fi

{
  echo "sarif-file=$sarif"
  echo "junit-file=$junit"
  echo "findings=$findings"
  echo "new-findings=$new_findings"
  echo "exit-code=$status"
  echo "upload=$upload"
} >> "$GITHUB_OUTPUT"
exit 0

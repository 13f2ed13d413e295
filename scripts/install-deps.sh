#!/usr/bin/env bash
# Installs what building and testing ci-reporter needs, and nothing that is already there:
# the C libraries (libgit2, libyaml) through apt, and the report validators' Python modules
# (JSON Schema and XSD validation, and a CommonMark renderer for the Markdown report's tests).
set -euo pipefail

need_apt=()
for package in libgit2-dev libyaml-dev pkg-config; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$package")
done
command -v git >/dev/null 2>&1 || need_apt+=(git)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3 python3-pip)

if [ ${#need_apt[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-deps: need root or sudo to install: ${need_apt[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "install-deps: installing ${need_apt[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ "${1:-}" = "--with-validators" ]; then
  if ! python3 -c 'import jsonschema, xmlschema, rfc3986_validator, markdown_it' >/dev/null 2>&1; then
    echo "install-deps: installing the report validators' Python modules"
    python3 -m pip install -q --disable-pip-version-check 'jsonschema[format-nongpl]' xmlschema markdown-it-py \
      || python3 -m pip install -q --disable-pip-version-check --break-system-packages 'jsonschema[format-nongpl]' xmlschema markdown-it-py
  fi
fi

command -v swift >/dev/null 2>&1 || { echo "install-deps: swift is not on PATH; install Swift 6 from swift.org" >&2; exit 1; }

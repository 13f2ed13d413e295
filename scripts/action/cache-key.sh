#!/usr/bin/env bash
# The action's build cache key: the OS, the Swift toolchain and a hash of every source file, so a
# cached binary is reused only for the very sources and compiler that made it.
set -euo pipefail
cd "$GITHUB_ACTION_PATH"
sources=$(find Package.swift Sources -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-20)
toolchain=$(swift --version 2>/dev/null | head -n 1 | sha256sum | cut -c1-8)
echo "key=ci-reporter-$(uname -s)-$(uname -m)-$toolchain-$sources" >> "$GITHUB_OUTPUT"

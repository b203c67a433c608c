#!/usr/bin/env bash
# Builds the pinned actionlint (package.json "perfGate.actionlintVersion", the one place it is pinned) from its Go
# module into .tools/actionlint-<version>/actionlint, or reuses it when that exact version is already there. Prints
# the binary's path. The workflow test (__tests__/workflows/actionlint.test.ts) lints every workflow with it.
# The same shape as ensure-k6.sh and ensure-vegeta.sh on purpose: each runs standalone (CI, test-all, a test),
# and what proves a reusable build differs per tool (here `actionlint -version` prints the module version).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="$(node -p "require('$root/package.json').perfGate.actionlintVersion")"
dir="$root/.tools/actionlint-$version"
bin="$dir/actionlint"
# `go install module@version` records the module version in the binary, and actionlint -version prints it.
if [ -x "$bin" ] && "$bin" -version 2>/dev/null | head -n 1 | grep -qx "$version"; then
  echo "$bin"; exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "perf-gate: Go is needed to build the pinned actionlint $version; install Go >= 1.24, or set ACTIONLINT_PATH to an actionlint binary." >&2
  exit 2
fi
module="github.com/rhysd/actionlint/cmd/actionlint"
echo "perf-gate: building actionlint $version from $module (once)..." >&2
mkdir -p "$dir"
# Only the module proxy is reachable on build machines; 'direct' would hang on DNS.
GOPROXY="${GOPROXY_OVERRIDE:-https://proxy.golang.org}" GOFLAGS=-buildvcs=false GOBIN="$dir" \
  go install "$module@$version" >&2
"$bin" -version >&2
echo "$bin"

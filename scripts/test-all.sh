#!/usr/bin/env bash
# The README's second command, and exactly what CI runs (.ci/run): installs everything from scratch
# (npm packages, the pinned k6 and vegeta, Node 24 for the bundled action), then lint, typecheck and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== installing npm packages (npm ci)"
npm ci --no-audit --no-fund
echo "== git (the local store chooses a branch's baseline by its merge base; tested in a real repository)"
if ! command -v git >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then apt-get update && apt-get install -y git; else sudo apt-get update && sudo apt-get install -y git; fi
fi
echo "== the pinned k6 (built from its Go module once, then reused)"
bash scripts/ensure-k6.sh
echo "== the pinned vegeta (built from its Go module once, then reused)"
bash scripts/ensure-vegeta.sh
echo "== the pinned actionlint (built from its Go module once, then reused; lints every workflow, README's and docs' too)"
bash scripts/ensure-actionlint.sh >/dev/null
echo "== Node 24, the runtime action.yml declares"
bash scripts/ensure-node24.sh
echo "== Debian packages the tests need (a real Prometheus server for the PromQL mode, taskset, shellcheck for actionlint)"
missing=()
command -v prometheus >/dev/null 2>&1 || missing+=(prometheus)
command -v taskset >/dev/null 2>&1 || missing+=(util-linux)
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
echo "== lint and typecheck"
npx eslint .
npx prettier --check .
npx tsc --noEmit
echo "== tests (CI=${CI:-false}: the real-k6 and bundled-action end-to-end tests must run, never skip)"
mkdir -p .tools
status=0
# The progress reporter prints a line per finished test file and, whenever the log was quiet for 20 s, the files
# still running and for how long: the load tests take minutes, and a stuck one must not look like a slow one.
npx vitest run --reporter=default --reporter=./__tests__/support/progress-reporter.ts \
  --reporter=json --outputFile.json=.tools/vitest-results.json || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(".tools/vitest-results.json", "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
' || true
exit $status

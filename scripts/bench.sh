#!/usr/bin/env bash
# Benchmark: bytes to the first question and time to the first question
# (see e2e/bench.mjs). Reports numbers; it is not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
node e2e/bench.mjs

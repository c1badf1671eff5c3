#!/usr/bin/env bash
# Runs every test: native unit and integration tests (quiz core, bank
# validation and content checks, locale files), then the end-to-end tests in
# headless Chromium against the release build served as a static site.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "== native tests =="
cargo test --locked

echo "== release build =="
trunk build --release

echo "== end-to-end tests (headless Chromium) =="
node --test --test-concurrency=1 e2e/

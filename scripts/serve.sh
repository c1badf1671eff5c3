#!/usr/bin/env bash
# Builds the app with the built-in banks and serves dist/ as any static host
# would (no rewrites, no server logic). PORT=8080 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
port="${PORT:-8080}"
echo
echo "Quality & Safety Quiz is being served at: http://127.0.0.1:${port}/"
echo "(Ctrl+C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist

#!/usr/bin/env bash
# The README's first command: install what is missing, build the release
# bundle, and serve it on 127.0.0.1 (PORT, default 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node scripts/serve.mjs dist --port "${PORT:-8080}"

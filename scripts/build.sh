#!/usr/bin/env bash
# Builds the release bundle into dist/: Trunk (hashed file names, wasm-opt),
# then the post-build step that needs the final file names.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/scripts/node_modules/.bin:$PATH"
trunk build --release --offline
node scripts/postbuild.mjs dist

#!/usr/bin/env bash
# The benchmark (not a test): builds the release bundle and prints its
# transfer sizes, time to interactive against a static floor, input-to-screen
# latency, and engine speed natively and in WASM. See README "Benchmark".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
scripts/build.sh >/dev/null
node scripts/bench.mjs dist
echo "==> engine, natively (cargo bench)"
cargo bench --locked --bench engine 2>/dev/null

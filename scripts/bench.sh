#!/usr/bin/env bash
# The benchmark (not a test): builds the release bundle and prints its
# transfer sizes, time to interactive against a static floor, input-to-screen
# latency, and engine speed natively and in WASM. See BENCHMARKS.md.
# `scripts/bench.sh --write` also rewrites the table in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
scripts/build.sh >/dev/null
if [ "${1:-}" = "--write" ]; then
    node scripts/bench.mjs dist --write BENCHMARKS.md
else
    node scripts/bench.mjs dist
fi
echo "==> engine, natively (cargo bench)"
cargo bench --locked --bench engine 2>/dev/null

#!/usr/bin/env bash
# The README's second command: install what is missing (the browser too),
# then run every test layer. Any failing layer fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test

echo "==> native tests: cargo test"
cargo test --locked

echo "==> browser tests of the WASM build: wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=$(command -v chromedriver) \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --locked --target wasm32-unknown-unknown --features web --test web

echo "==> release bundle"
scripts/build.sh

# The end-to-end tests compare the page with the native evaluator's output.
cargo build --locked --bin mbc-aid

echo "==> end-to-end tests: Playwright driving Chromium against dist/"
node --test --test-concurrency=1 tests/e2e/

#!/usr/bin/env bash
# The README's second command: install what is missing (the browser too),
# then run every test layer. Any failing layer fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test

# Everything temporary goes in one folder removed at exit, whatever fails:
# the empty crate cache below, and the browsers' profiles (ChromeDriver's
# copy of Chromium's profile, some 126 MB, is otherwise left in /tmp by
# every run).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/tmp"
export TMPDIR="$scratch/tmp"

# Formatting and lints first: either fails the run before any test does.
echo "==> formatting: cargo fmt --check"
cargo fmt --check
echo "==> lints: cargo clippy, natively and for the browser's build"
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --features web --lib --bins --test web -- -D warnings

echo "==> native tests: cargo test"
cargo test --locked

echo "==> browser tests of the WASM build: wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=$(command -v chromedriver) \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --locked --target wasm32-unknown-unknown --features web --test web

# Built against an empty crate cache, as on a fresh machine: a warm cache must
# not hide a crate that the README's first command would fail to fetch. The
# tools stay on PATH; only the registry's crates start from nothing.
echo "==> release bundle, from an empty crate cache"
fresh_cargo_home="$scratch/cargo-home"
mkdir "$fresh_cargo_home"
for config in config.toml config; do
    if [ -f "${CARGO_HOME:-$HOME/.cargo}/$config" ]; then
        cp "${CARGO_HOME:-$HOME/.cargo}/$config" "$fresh_cargo_home/"
    fi
done
CARGO_HOME="$fresh_cargo_home" scripts/build.sh

# The end-to-end tests compare the page with the native evaluator's output.
cargo build --locked --bin mbc-aid

echo "==> end-to-end tests: Playwright driving Chromium against dist/"
node --test --test-concurrency=1 tests/e2e/

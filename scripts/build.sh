#!/usr/bin/env bash
# Builds the release bundle into dist/: Trunk (hashed file names, wasm-opt),
# the static start screen (native), then the post-build step that needs the
# final file names.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/scripts/node_modules/.bin:$PATH"
# `--offline` keeps Trunk from downloading tools, but Trunk passes it on to
# cargo too: fetch every crate of the lockfile (all targets, wasm32 among
# them) first, or a fresh machine's empty crate cache fails the build.
cargo fetch --locked
# Leptos's `erase_components` type-erases each component's view: a module an
# eighth smaller (less code per view type), for a little dispatch at run time.
# For the browser's module only: native builds and tests are unchanged.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components" \
    trunk build --release --offline
# The static start screen, from the same knowledge base and layout as the app.
cargo run --locked --quiet --bin mbc-aid -- start-screen > target/start-screen.html
node scripts/postbuild.mjs dist target/start-screen.html

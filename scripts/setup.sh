#!/usr/bin/env bash
# Installs what building mbc-aid needs and, with --test, what its tests need.
# Skips everything already installed at the right version, so a second run
# installs nothing. See ../shared/TOOLCHAIN.md for why each pin is what it is.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

apt_install() {
    if [ -z "${APT_UPDATED:-}" ]; then
        apt-get update -qq
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# npm ci, once per lockfile: a stamp records which lockfile node_modules matches.
npm_ci() {
    local dir=$1 stamp="$1/node_modules/.mbc-aid-lock"
    if [ -f "$stamp" ] && cmp -s "$dir/package-lock.json" "$stamp"; then
        return
    fi
    say "npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
}

command -v cargo >/dev/null || { echo "setup: cargo is missing; install Rust 1.95 with rustup first" >&2; exit 1; }
if ! command -v npm >/dev/null; then
    say "installing Node.js and npm"
    apt_install nodejs npm
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

# The test command checks formatting and lints (the default rustup profile has both).
for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
        say "adding the $component component"
        rustup component add "$component"
    fi
done

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
    say "installing trunk $TRUNK_VERSION (several minutes)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml || {
    echo "setup: Trunk.toml pins a wasm-bindgen other than Cargo.lock's $WASM_BINDGEN_VERSION" >&2
    exit 1
}
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (several minutes)"
    # Not --locked: a locked dependency of the CLI is missing from the registry index.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# wasm-opt from npm's binaryen: Debian's binaryen silently breaks the module.
npm_ci scripts

if [ "${1:-}" = "--test" ]; then
    if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
        say "installing Chromium and ChromeDriver from Debian"
        apt_install chromium chromium-driver
    fi
    npm_ci tests/e2e
fi

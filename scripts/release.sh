#!/usr/bin/env bash
# Builds the published release into dist/ (or wherever `--dist DIR` says;
# other arguments go to `trunk build` too): `trunk build --release` on rustup's
# nightly toolchain, with the standard library rebuilt for size
# (-Z build-std=std,panic_abort with its optimize_for_size feature), panic
# locations and Debug formatting left out (-Zlocation-detail=none,
# -Zfmt-debug=none). Panics still abort through the panic hook, which reports
# them (not immediate-abort); no reference-types or multivalue (see below).
# Measured in README "Size": about 8 KB less
# brotli than the same build on stable.
#
# It builds in target/nightly, so the stable builds in target/ stay valid.
# FAQ_TOOLCHAIN=stable builds on stable instead (the same as a plain
# `trunk build --release`), for comparison or where nightly is missing.
#
#   scripts/release.sh                              # dist/, nightly
#   FAQ_DATASET=data/faq-10k.txt scripts/release.sh --dist target/e2e-10k
#   FAQ_TOOLCHAIN=stable scripts/release.sh         # dist/, stable
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PROJECT_ROOT"

case "${FAQ_TOOLCHAIN:-nightly}" in
  stable)
    exec trunk build --release "$@"
    ;;
  nightly)
    rustup run nightly rustc --version >/dev/null 2>&1 \
      || { echo "release.sh: needs rustup's nightly toolchain (or FAQ_TOOLCHAIN=stable)" >&2; exit 1; }
    export RUSTUP_TOOLCHAIN=nightly
    export CARGO_TARGET_DIR="$PROJECT_ROOT/target/nightly"
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
    # Only for the .wasm: build scripts (host code) keep their usual flags.
    # Without the reference-types and multivalue features (on by default
    # since Rust 1.82), wasm-bindgen keeps JS objects in the glue's table
    # instead of an externref table, and needs no multivalue shims: a
    # smaller download overall (measured in README "Size").
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none -Ctarget-feature=-reference-types,-multivalue"
    exec trunk build --release "$@"
    ;;
  *)
    echo "release.sh: FAQ_TOOLCHAIN must be nightly or stable, not ${FAQ_TOOLCHAIN}" >&2
    exit 1
    ;;
esac

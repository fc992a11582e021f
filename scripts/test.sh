#!/usr/bin/env bash
# Quick start, command 2: installs what is missing (scripts/setup.sh), then
# runs every test, in this order:
#   1. dependency hygiene: no web crates in faq-core's normal dependency tree;
#   2. formatting and clippy (warnings are errors);
#   3. native tests of faq-core (parser, slugs, search, packing, the
#      faq-pack and faq-lint binaries, doc examples) and of faq-studio (the
#      studio's .wasm: its check report, pack and .zip);
#   4. a bad dataset fails the build with path:line and no panic, and a dataset
#      of 100,000 entries is refused at the entry limit;
#   4b. answers last reviewed 12 months ago or more warn, and fail the build
#      with FAQ_REVIEW_STRICT=1 (11 months: no warning);
#   5. browser tests of the components (wasm-bindgen-test, headless Chromium);
#   6. the published release build (scripts/release.sh: nightly Rust, std
#      rebuilt for size), with the size of what the snippet downloads (and
#      the studio, which the build's hook builds on stable: embed/studio.mjs), and the
#      builds the end-to-end tests also use, on nightly too: one that panics
#      when "__panic__" is typed (target/e2e-panic) and the 10,000-entry one
#      (target/e2e-10k, with its size); and the seed on stable Rust
#      (`trunk build --release`, target/e2e-stable, with its size);
#   7. end-to-end tests of those builds in headless Chromium (Playwright +
#      axe-core; the soak takes minutes; faq-pack into the release build:
#      the seed gives its files byte for byte, another dataset is what the
#      widget shows; the studio: errors and warnings with their lines as you
#      type, keyboard only, axe, and its download equal to faq-pack's files),
#      and the widget tests again against the stable build;
#   8. dependency audit: cargo audit, offline, against a RustSec snapshot
#      (scripts/audit.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bash "$PROJECT_ROOT/scripts/setup.sh"
cd "$PROJECT_ROOT"

section() { printf '\n=== %s (%s s in)\n' "$*" "$SECONDS"; }

section "1. faq-core has no web dependencies"
for features in "" "--no-default-features"; do
  # shellcheck disable=SC2086
  tree=$(cargo tree -p faq-core -e normal --prefix none $features)
  if grep -E '^(yew|web-sys|js-sys|wasm-bindgen|gloo)' <<<"$tree"; then
    echo "FAIL: faq-core must not depend on the crates above" >&2
    exit 1
  fi
done
echo "ok: $(sort -u <<<"$tree" | wc -l) crates, none of yew/web-sys/js-sys/wasm-bindgen/gloo"

section "2. rustfmt and clippy"
cargo fmt --all --check
cargo clippy -p faq-core --all-targets -- -D warnings
cargo clippy -p faq-core --no-default-features -- -D warnings
cargo clippy -p faq-widget --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo clippy -p faq-studio --all-targets -- -D warnings
cargo clippy -p faq-studio --target wasm32-unknown-unknown -- -D warnings

section "3. native tests of faq-core, and of the studio's crate"
cargo test -p faq-core
cargo test -p faq-studio

section "4. a bad dataset fails the build with path:line"
fixture=tests/fixtures/duplicate-question.txt
if out=$(FAQ_DATASET=$fixture cargo check --target wasm32-unknown-unknown -p faq-widget 2>&1); then
  echo "FAIL: the build accepted $fixture" >&2
  exit 1
fi
if ! grep -qF "$fixture:4: duplicate question \"What is a LIPOMA?\" (first asked on line 1)" <<<"$out" \
  || grep -q "panicked" <<<"$out"; then
  echo "FAIL: expected a path:line error without a panic, got:" >&2
  echo "$out" >&2
  exit 1
fi
echo "ok: $(grep -F "$fixture:4:" <<<"$out" | head -n 1)"

# 100,000 entries: refused, with the limit and the line of the first one too many.
awk 'BEGIN { for (i = 1; i <= 100000; i++) printf "Question number %d?\nAnswer %d.\n", i, i }' > target/huge-100k.txt
if out=$(FAQ_DATASET=target/huge-100k.txt cargo check --target wasm32-unknown-unknown -p faq-widget 2>&1); then
  echo "FAIL: the build accepted 100,000 entries" >&2
  exit 1
fi
grep -qF "target/huge-100k.txt:50001: more than 25000 questions" <<<"$out" \
  || { echo "FAIL: expected the entry limit error, got:" >&2; echo "$out" >&2; exit 1; }
echo "ok: 100,000 entries refused: $(grep -oF "more than 25000 questions" <<<"$out" | head -n 1)"

section "4b. an old review date warns, and fails the build when strict"
review="data/faq.txt:4: the answers were last reviewed on 2026-10-15, 13 months ago"
out=$(FAQ_TODAY=2027-11-20 cargo check --target wasm32-unknown-unknown -p faq-widget 2>&1) \
  || { echo "FAIL: an old review must only warn by default:" >&2; echo "$out" >&2; exit 1; }
grep -qF "warning: faq-widget@0.1.0: $PWD/$review" <<<"$out" \
  || { echo "FAIL: expected the review warning, got:" >&2; echo "$out" >&2; exit 1; }
if out=$(FAQ_REVIEW_STRICT=1 FAQ_TODAY=2027-11-20 cargo check --target wasm32-unknown-unknown -p faq-widget 2>&1); then
  echo "FAIL: FAQ_REVIEW_STRICT=1 accepted an old review" >&2
  exit 1
fi
grep -qF "$review" <<<"$out" || { echo "FAIL: expected the review error, got:" >&2; echo "$out" >&2; exit 1; }
out=$(FAQ_TODAY=2027-10-14 cargo check --target wasm32-unknown-unknown -p faq-widget 2>&1)
if grep -q "last reviewed" <<<"$out"; then
  echo "FAIL: a review 11 months old must not warn:" >&2
  echo "$out" >&2
  exit 1
fi
echo "ok: warns at 12 months, fails with FAQ_REVIEW_STRICT=1"

section "5. browser tests of the components (wasm-bindgen-test)"
cargo test -p faq-widget --target wasm32-unknown-unknown

section "6. release builds (nightly, as published; and one on stable) with what the embed snippet downloads"
# The published builds are made by scripts/release.sh: nightly Rust with the
# standard library rebuilt for size, in target/nightly.
rm -rf dist
if ! out=$(scripts/release.sh 2>&1); then
  echo "$out" >&2
  echo "FAIL: scripts/release.sh (nightly)" >&2
  exit 1
fi
grep 'embed size' <<<"$out"
# A second build that panics when "__panic__" is typed, for the failure tests.
rm -rf target/e2e-panic
if ! out=$(FAQ_TEST_PANIC=1 scripts/release.sh --dist target/e2e-panic 2>&1); then
  echo "$out" >&2
  echo "FAIL: FAQ_TEST_PANIC=1 scripts/release.sh" >&2
  exit 1
fi

# The 10,000-entry build, for the soak test.
rm -rf target/e2e-10k
if ! out=$(FAQ_DATASET=data/faq-10k.txt scripts/release.sh --dist target/e2e-10k 2>&1); then
  echo "$out" >&2
  echo "FAIL: FAQ_DATASET=data/faq-10k.txt scripts/release.sh" >&2
  exit 1
fi
grep 'embed size' <<<"$out" | sed 's/^/10k /'

# Widgets for the Spanish and Arabic fixtures (language: es / ar), for the
# language tests (tests/e2e/languages.test.mjs).
for lang in es ar; do
  rm -rf "target/e2e-$lang"
  if ! out=$(FAQ_DATASET=core/tests/fixtures/lang/$lang.txt scripts/release.sh --dist "target/e2e-$lang" 2>&1); then
    echo "$out" >&2
    echo "FAIL: FAQ_DATASET=core/tests/fixtures/lang/$lang.txt scripts/release.sh" >&2
    exit 1
  fi
  grep 'embed size' <<<"$out" | sed "s/^/$lang /"
done

# The same seed build on stable Rust (plain `trunk build --release`), which
# must keep working: its widget tests run in step 7 too.
rm -rf target/e2e-stable
if ! out=$(FAQ_TOOLCHAIN=stable scripts/release.sh --dist target/e2e-stable 2>&1); then
  echo "$out" >&2
  echo "FAIL: FAQ_TOOLCHAIN=stable scripts/release.sh (trunk build --release on stable)" >&2
  exit 1
fi
grep 'embed size' <<<"$out" | sed 's/^/stable /'

section "7. end-to-end tests (Playwright + axe-core, headless Chromium; the soak takes minutes)"
FAQ_PANIC_DIST=target/e2e-panic FAQ_SOAK_DIST=target/e2e-10k FAQ_ES_DIST=target/e2e-es FAQ_AR_DIST=target/e2e-ar \
  npm run --silent e2e
echo "--- the widget tests again, against the stable build (target/e2e-stable)"
FAQ_DIST=target/e2e-stable node --test --test-concurrency=1 tests/e2e/widget.test.mjs

section "8. dependency audit (cargo audit, offline, RustSec snapshot)"
scripts/audit.sh

section "all tests passed"

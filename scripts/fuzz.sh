#!/usr/bin/env bash
# Fuzzes faq-core with cargo-fuzz (libFuzzer): each target in fuzz/ runs for
# SECONDS (default 60), starting from a corpus seeded with the repository's
# datasets. Needs the nightly toolchain (rustup's `nightly`); installs
# cargo-fuzz from crates.io if missing. A crash stops the run and leaves its
# input in fuzz/artifacts/<target>/; keep it as a regression test in core/tests.
#
#   scripts/fuzz.sh          # 60 s per target
#   scripts/fuzz.sh 600      # 10 minutes per target
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
rustup run nightly rustc --version >/dev/null || { echo "fuzz.sh: needs rustup's nightly toolchain" >&2; exit 1; }

corpus=target/fuzz-corpus
mkdir -p "$corpus"/{parse,search,highlight,bundle}
cp data/faq.txt data/synonyms.txt tests/fixtures/*.txt "$corpus/parse/" 2>/dev/null || true
cp core/tests/fixtures/lint/* "$corpus/parse/" 2>/dev/null || true
printf '%s' "back mice" > "$corpus/search/q1"
printf '%s' "angiolipomma lumb" > "$corpus/search/q2"
printf '%s' "popping removing boills on back" > "$corpus/search/q3"
printf '%s\0%s' "lipoma" "A lipoma is a lump." > "$corpus/highlight/h1"

for target in parse search highlight bundle; do
  echo "=== fuzz target: $target (${seconds}s)"
  cargo +nightly fuzz run --fuzz-dir fuzz "$target" "$corpus/$target" -- \
    -max_total_time="$seconds" -max_len=8192 -print_final_stats=1 2>&1 \
    | tee "target/fuzz-$target.log" | grep -E "^(Done|stat::number_of_executed_units|SUMMARY)|panicked|ERROR" || true
  if grep -qE "SUMMARY|panicked at|ERROR: libFuzzer" "target/fuzz-$target.log"; then
    echo "fuzz.sh: $target found a crash; see target/fuzz-$target.log and fuzz/artifacts/$target/" >&2
    exit 1
  fi
done

#!/usr/bin/env bash
# Checks every crate in Cargo.lock (and fuzz/Cargo.lock) against a RustSec
# advisory database snapshot, offline: cargo audit never fetches.
#
# The snapshot is $FAQ_ADVISORY_DB, else ../shared/advisory-db beside this
# repository, else /work/shared/advisory-db. Exceptions, each with its reason,
# live in .cargo/audit.toml.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

db=${FAQ_ADVISORY_DB:-}
for candidate in "$db" "../shared/advisory-db" "/work/shared/advisory-db"; do
  if [ -n "$candidate" ] && [ -d "$candidate/crates" ]; then db=$candidate; break; fi
done
if [ ! -d "$db/crates" ]; then
  echo "audit.sh: no advisory database found; set FAQ_ADVISORY_DB to a RustSec advisory-db checkout" >&2
  exit 1
fi
echo "audit.sh: advisory database $db ($(cat "$db/SNAPSHOT" 2>/dev/null | head -n 1 || echo 'no SNAPSHOT file'))"
for lock in Cargo.lock fuzz/Cargo.lock; do
  [ -f "$lock" ] || continue
  echo "audit.sh: $lock"
  cargo audit --db "$db" --no-fetch --stale --deny warnings --file "$lock"
done

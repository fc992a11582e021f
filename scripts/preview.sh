#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, then serves the demo clinic
# page with live reload at http://127.0.0.1:8080/ (trunk serve).
# Another dataset: FAQ_DATASET=path/to/faq.txt scripts/preview.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bash "$PROJECT_ROOT/scripts/setup.sh"
cd "$PROJECT_ROOT"
# A separate output folder, so a preview never overwrites the release build in dist/.
exec trunk serve --dist target/trunk-serve "$@"

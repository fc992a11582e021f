# Sourced by the other scripts: puts the project's pinned tools first on PATH,
# so Trunk finds wasm-opt 132 from npm, never an older one.
PROJECT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$PROJECT_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}

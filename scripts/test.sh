#!/usr/bin/env bash
# Install what is needed, then lint and run the whole test suite (the CI command).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${PORTALIS_VENV:-$ROOT/.venv}"
# The wasm tests need Debian's wasm32-wasi toolchain; PORTALIS_WASM=0 skips installing it.
if [ "${PORTALIS_WASM:-1}" = 1 ]; then
    bash "$ROOT/scripts/setup.sh" --wasm
else
    bash "$ROOT/scripts/setup.sh"
fi
export PATH="$VENV/bin:$HOME/.cargo/bin:$PATH"
export RAY_AUTH_MODE="${RAY_AUTH_MODE:-disabled}"
cd "$ROOT"

echo "== ruff check"
ruff check .

echo "== pytest"
status=0
pytest tests "$@" || status=$?
if [ "$status" -eq 5 ]; then
    echo "test: pytest collected no tests; that is a failure" >&2
    exit 1
fi
exit "$status"

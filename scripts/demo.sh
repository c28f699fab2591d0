#!/usr/bin/env bash
# The main job on the bundled example: translate examples/demo_pkg into a Cargo workspace,
# build it, run every binary and compare its output and exit status with CPython's.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${PORTALIS_VENV:-$ROOT/.venv}"
bash "$ROOT/scripts/setup.sh"
export PATH="$VENV/bin:$HOME/.cargo/bin:$PATH"

SRC="$ROOT/examples/demo_pkg"
OUT="${1:-$ROOT/build/demo}"
# OUT is regenerated from scratch so the demo shows a full run.
rm -rf "$OUT"

echo
echo "== portalis translate examples/demo_pkg --out $OUT"
cd "$ROOT"
status=0
portalis translate examples/demo_pkg --out "$OUT" || status=$?

echo
echo "== each binary next to CPython (same directory, same arguments)"
for script in "$SRC"/*.py; do
    name="$(basename "$script" .py)"
    binary="$OUT/bin/$name"
    if [ ! -x "$binary" ]; then
        echo "  $name: no binary (see the diagnostics above)"
        status=1
        continue
    fi
    py_out="$(cd "$SRC" && python3 "$script"; echo "exit=$?")" || true
    rs_out="$(cd "$SRC" && "$binary"; echo "exit=$?")" || true
    if [ "$py_out" == "$rs_out" ]; then
        echo "  $name: identical stdout and exit status ($(tail -n1 <<<"$rs_out"))"
    else
        echo "  $name: DIFFERENT"
        diff <(echo "$py_out") <(echo "$rs_out") | head -20 || true
        status=1
    fi
done

echo
echo "== $OUT/bin/word_stats"
(cd "$SRC" && "$OUT/bin/word_stats") || true
echo
echo "workspace: $OUT (cargo build --release works there offline); report: $OUT/report.html"
exit "$status"

"""Print how fast the rules backend translates: lines of Python per second.

Usage: python benchmarks/translate_speed.py [DIR ...]   (default: tests/programs)

Measures `translate_module` alone (parse, type inference to a fixpoint, Rust
emission, rustfmt when installed) on one core, best of three runs per file.
"""

from __future__ import annotations

import argparse
import pathlib
import platform
import shutil
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from portalis_ray.translate.rules import api as rules_api  # noqa: E402

_RUSTFMT = rules_api.rustfmt


def measure(files: list[pathlib.Path], fmt: bool) -> tuple[int, int, float]:
    """Return (lines, files translated, best total seconds)."""
    rules_api.rustfmt = _RUSTFMT if fmt else (lambda code: code)  # type: ignore[assignment]
    lines = ok = 0
    best_total = 0.0
    for path in files:
        source = path.read_text(encoding="utf-8")
        lines += source.count("\n")
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            result = rules_api.translate_module(source, str(path), path.stem)
            best = min(best, time.perf_counter() - start)
        ok += result.ok
        best_total += best
    return lines, ok, best_total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", default=[str(ROOT / "tests" / "programs")])
    args = parser.parse_args()
    files = sorted(p for d in args.dirs for p in pathlib.Path(d).rglob("*.py"))
    print(
        f"machine: {platform.machine()} {platform.processor() or ''} python "
        f"{platform.python_version()}; rustfmt: {'yes' if shutil.which('rustfmt') else 'no'}"
    )
    for fmt in (False, True):
        lines, ok, secs = measure(files, fmt)
        label = "with rustfmt" if fmt else "emit only   "
        print(
            f"{label}: {len(files)} files, {lines} lines, {ok} translated, "
            f"{secs:.3f} s, {lines / secs:,.0f} lines/s"
        )


if __name__ == "__main__":
    main()

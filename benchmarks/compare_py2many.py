"""Compare Portalis-Ray with py2many on the differential corpus: translate, build, match CPython.

Usage: python benchmarks/compare_py2many.py [--programs DIR] [--limit N] [--venv DIR]
                                            [--work DIR] [--jobs 1|2] [--crate-dir DIR]

- py2many comes from PyPI into its own virtualenv (default /tmp/py2many-venv; created and
  installed only when missing). The project's .venv is never touched.
- Translation alone is timed in one process per tool, one file after another, without a
  formatter: py2many's `_transpile` (what `py2many --rust` runs before rustfmt) and
  Portalis' `translate_module` with rustfmt switched off, as in translate_speed.py.
- Every output is built with `cargo build --offline` under its own CARGO_TARGET_DIR in
  --work: py2many's files one package each (with the crates their `//! [dependencies]`
  header asks for), Portalis' files in one workspace next to a copy of the pyrt runtime.
  There is no crates.io here: py2many's crates (anyhow, lazy_static, float-ord) come from
  --crate-dir, a cargo directory source (default /usr/share/cargo/registry, filled by
  Debian's `apt-get install librust-anyhow-dev librust-lazy-static-dev
  librust-float-ord-dev`); a crate found nowhere makes that build fail, counted as such.
- Each binary and `python FILE` run with the program's directory as cwd and no stdin;
  stdout bytes and the exit status must be identical.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from portalis_ray.translate.rules import api as rules_api  # noqa: E402
from portalis_ray.verify import ProgramRun, run_program  # noqa: E402
from portalis_ray.workspace import RUNTIME_DIR  # noqa: E402

RUN_TIMEOUT_S = 60.0
CARGO_TIMEOUT_S = 300.0
WORKSPACE_BUILD_TIMEOUT_S = 2400.0
PIP_TIMEOUT_S = 900.0
PROFILE = "[profile.dev]\nopt-level = 1\noverflow-checks = true\n"

# Runs inside py2many's virtualenv: argv = [outdir, per-file timeout, files...]; one JSON
# object per file on stdout.
DRIVER = r"""
import argparse, contextlib, io, json, signal, sys, time, traceback
from pathlib import Path
from py2many.cli import _transpile
from py2many.pyrs import settings as rust_settings

class Timeout(Exception):
    pass

def on_alarm(signum, frame):
    raise Timeout("translation timed out")

signal.signal(signal.SIGALRM, on_alarm)
outdir, limit = Path(sys.argv[1]), int(sys.argv[2])
args = argparse.Namespace(rust=True, extension=False, no_prologue=False, typpete=False,
                          llm=False, strict=True, suffix=None)
for name in sys.argv[3:]:
    path = Path(name)
    source = path.read_text(encoding="utf-8")
    settings = rust_settings(args)
    row = {"file": name, "ok": False, "seconds": 0.0, "error": ""}
    chatter = io.StringIO()
    start = time.perf_counter()
    signal.alarm(limit)
    try:
        with contextlib.redirect_stdout(chatter), contextlib.redirect_stderr(chatter):
            outputs, _ = _transpile([path], [source], settings, args, _suppress_exceptions=None)
        row["seconds"] = time.perf_counter() - start
        (outdir / (path.stem + ".rs")).write_text(outputs[0], encoding="utf-8")
        row["ok"] = True
    except BaseException as err:  # a translator crash is a translation failure
        row["seconds"] = time.perf_counter() - start
        row["error"] = traceback.format_exception_only(type(err), err)[-1].strip()
    finally:
        signal.alarm(0)
    print(json.dumps(row), flush=True)
"""


@dataclass
class Row:
    """One program through one tool."""

    program: str
    lines: int
    translated: bool = False
    translate_s: float = 0.0
    built: bool = False
    matched: bool = False
    reason: str = ""  # first thing that went wrong, in words
    kind: str = ""  # the reason with names and numbers folded, for counting


# ---------------------------------------------------------------------------------- helpers


def sh(cmd: list[str], timeout: float, **kw) -> subprocess.CompletedProcess[str]:
    """Run a command with a timeout; a timeout comes back as exit status 124."""
    try:
        return subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, check=False, **kw
        )
    except subprocess.TimeoutExpired as err:
        out = err.stdout.decode() if isinstance(err.stdout, bytes) else err.stdout or ""
        return subprocess.CompletedProcess(cmd, 124, out, f"timed out after {timeout:g} s")


def fold(text: str) -> str:
    """A failure message with identifiers, literals and numbers folded, for grouping."""
    text = " ".join(text.split())
    text = re.sub(r"\b(?:\w+\.)+(Ast\w+|\w+Error|\w+Exception)\b", r"\1", text)
    text = re.sub(r"`[^`]*`|'[^']*'|\"[^\"]*\"", "_", text)
    text = re.sub(r"/\S+:\d+(:\d+)?:?", "", text)
    while (folded := re.sub(r"\([^()]*\)", "_", text)) != text:
        text = folded
    text = re.sub(r"\(.*$", "_ (cut)", text)  # a code excerpt the message cut short
    return re.sub(r"\b\d+\b", "N", text).strip()[:110]


def crate_name(path: Path) -> str:
    return "p_" + re.sub(r"\W", "_", path.stem).lower()


def parallel(jobs: int, fn: Callable, items: Iterable) -> list:
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(fn, items))


def compare(row: Row, python: ProgramRun, binary: Path, cwd: Path) -> None:
    rust = run_program([str(binary)], cwd, RUN_TIMEOUT_S)
    if python.exit_code is None:
        row.reason = row.kind = f"CPython run {python.error}"
    elif rust.exit_code is None:
        row.reason = f"binary {rust.error}"
        row.kind = "binary timed out or could not start"
    elif rust.exit_code != python.exit_code:
        last = rust.stderr.decode(errors="replace").strip().splitlines()[-1:] or [""]
        row.reason = f"exit status {rust.exit_code}, CPython {python.exit_code}: {last[0]}"
        row.kind = "exit status differs from CPython"
    elif rust.stdout != python.stdout:
        row.reason = row.kind = "stdout differs from CPython"
    else:
        row.matched = True


# ----------------------------------------------------------------------------- py2many side


def ensure_py2many(venv: Path) -> str:
    """Create the virtualenv and install py2many unless already there; return its version."""
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"creating {venv}", flush=True)
        made = sh([sys.executable, "-m", "venv", str(venv)], 300)
        if made.returncode:
            sys.exit(f"python -m venv {venv} failed: {made.stderr.strip()}")
    probe = [str(python), "-c", "import importlib.metadata as m; print(m.version('py2many'))"]
    found = sh(probe, 120)
    if found.returncode:
        print(f"installing py2many from PyPI into {venv}", flush=True)
        pip = sh([str(python), "-m", "pip", "install", "-q", "py2many"], PIP_TIMEOUT_S)
        if pip.returncode:
            sys.exit(f"pip install py2many failed:\n{pip.stderr.strip()[-2000:]}")
        found = sh(probe, 120)
        if found.returncode:
            sys.exit(f"py2many does not import after install:\n{found.stderr.strip()}")
    return found.stdout.strip()


def translate_py2many(venv: Path, files: list[Path], outdir: Path, rows: dict[Path, Row]) -> None:
    driver = outdir / "_driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    per_file = int(RUN_TIMEOUT_S)
    cmd = [str(venv / "bin" / "python"), str(driver), str(outdir), str(per_file)]
    done = sh(cmd + [str(f) for f in files], per_file * len(files) + 120, cwd=outdir)
    seen = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            item = json.loads(line)
            seen[Path(item["file"])] = item
    for path in files:
        row, item = rows[path], seen.get(path)
        if item is None:
            row.reason = f"driver stopped (exit {done.returncode}): {done.stderr.strip()[-300:]}"
            row.kind = "translator driver stopped"
            continue
        row.translated, row.translate_s = item["ok"], item["seconds"]
        if not row.translated:
            row.reason = item["error"]
            row.kind = "translate: " + fold(item["error"])


def cargo_deps(rust: str) -> list[tuple[str, str]]:
    """The crates a py2many file asks for in its `//! ```cargo` header."""
    deps, inside = [], False
    for line in rust.splitlines()[:40]:
        if not line.strip().startswith("//!"):
            continue
        text = line.strip().removeprefix("//!").strip()
        if text == "```" and deps:
            break
        if text.startswith("["):
            inside = text == "[dependencies]"
        elif inside and "=" in text:
            name, spec = (part.strip() for part in text.split("=", 1))
            deps.append((name, spec))
    return deps


def explain_build(stderr: str, main_rs: Path, deps: list[tuple[str, str]]) -> tuple[str, str]:
    """(reason, kind) of a failed py2many build; a Rust syntax error outranks a missing crate."""
    fmt = sh(["rustfmt", "--edition", "2021", "--check", str(main_rs)], 60)
    syntax = [ln for ln in fmt.stderr.splitlines() if ln.startswith("error")]
    if syntax:
        found = re.search(r"found (?:keyword )?`([^`]*)`", syntax[0])
        what = f"unexpected `{found[1]}`" if found else fold(syntax[0].removeprefix("error: "))
        return syntax[0], f"Rust syntax error: {what}"
    if "no matching package named" in stderr or "--offline" in stderr:
        names = ", ".join(name for name, _ in deps)
        return (
            f"needs crate(s) {names}",
            "needs crates from crates.io, not in the offline cargo cache",
        )
    errors = [ln for ln in stderr.splitlines() if ln.startswith("error")]
    first = errors[0] if errors else stderr.strip()[-200:]
    return first, "rustc: " + fold(first)


def build_py2many(path: Path, row: Row, outdir: Path, target: Path, python: ProgramRun) -> None:
    name = crate_name(path)
    rust = (outdir / (path.stem + ".rs")).read_text(encoding="utf-8")
    deps = cargo_deps(rust)
    crate = outdir / "crates" / name
    (crate / "src").mkdir(parents=True, exist_ok=True)
    listed = "".join(f"{dep} = {spec}\n" for dep, spec in deps)
    (crate / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n'
        f"[dependencies]\n{listed}\n{PROFILE}",
        encoding="utf-8",
    )
    (crate / "src" / "main.rs").write_text(rust, encoding="utf-8")
    env = dict(os.environ, CARGO_TARGET_DIR=str(target))
    done = sh(["cargo", "build", "--offline", "-q"], CARGO_TIMEOUT_S, cwd=crate, env=env)
    binary = target / "debug" / name
    if done.returncode or not binary.exists():
        row.reason, row.kind = explain_build(done.stderr, crate / "src" / "main.rs", deps)
        return
    row.built = True
    compare(row, python, binary, path.parent)


# ---------------------------------------------------------------------------- Portalis side


def translate_portalis(files: list[Path], ws: Path, rows: dict[Path, Row]) -> list[Path]:
    """Translate every file into a crate of the workspace; return the translated ones."""
    if ws.exists():
        shutil.rmtree(ws)
    shutil.copytree(RUNTIME_DIR, ws / "pyrt", ignore=shutil.ignore_patterns("target"))
    saved, rules_api.rustfmt = rules_api.rustfmt, (lambda code: code)
    translated = []
    try:
        for path in files:
            source, row, name = path.read_text(encoding="utf-8"), rows[path], crate_name(path)
            start = time.perf_counter()
            result = rules_api.translate_module(source, str(path), name)
            row.translate_s = time.perf_counter() - start
            if not result.ok:
                first = str(result.diagnostics[0]) if result.diagnostics else "no output"
                row.reason, row.kind = first, "translate: " + fold(first)
                continue
            row.translated = True
            (ws / name / "src").mkdir(parents=True)
            (ws / name / "Cargo.toml").write_text(
                f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2018"\n\n'
                '[dependencies]\npyrt = { path = "../pyrt" }\n',
                encoding="utf-8",
            )
            (ws / name / "src" / "main.rs").write_text(result.rust or "", encoding="utf-8")
            translated.append(path)
    finally:
        rules_api.rustfmt = saved
    members = ",".join(f'"{crate_name(p)}"' for p in translated)
    (ws / "Cargo.toml").write_text(
        f'[workspace]\nresolver = "2"\nmembers = [{members}]\n\n{PROFILE}', encoding="utf-8"
    )
    return translated


def build_portalis(
    files: list[Path], ws: Path, target: Path, jobs: int, rows: dict[Path, Row]
) -> None:
    for path in files:
        (target / "debug" / crate_name(path)).unlink(missing_ok=True)
    env = dict(os.environ, CARGO_TARGET_DIR=str(target))
    cmd = ["cargo", "build", "--offline", "--keep-going", "-j", str(jobs)]
    done = sh(cmd, WORKSPACE_BUILD_TIMEOUT_S, cwd=ws, env=env)
    for path in files:
        row = rows[path]
        row.built = (target / "debug" / crate_name(path)).exists()
        if not row.built:
            failed = f"could not compile `{crate_name(path)}`"
            row.reason = failed if failed in done.stderr else done.stderr.strip()[-300:]
            row.kind = "rustc: could not compile" if failed in done.stderr else "cargo stopped"


# --------------------------------------------------------------------------------- summary


def totals(rows: list[Row]) -> dict[str, str]:
    done = [r for r in rows if r.translated]
    lines, secs = sum(r.lines for r in done), sum(r.translate_s for r in done)
    return {
        "programs": str(len(rows)),
        "translated": str(len(done)),
        "built (cargo --offline)": str(sum(r.built for r in rows)),
        "match CPython (stdout + exit status)": str(sum(r.matched for r in rows)),
        "translation speed, lines/s (translated files)": f"{lines / secs:,.0f}" if secs else "-",
    }


def print_summary(p2m_version: str, p2m: list[Row], ours: list[Row], args) -> None:
    left, right = totals(p2m), totals(ours)
    print(f"\n| | py2many {p2m_version} | Portalis-Ray |\n|---|---|---|")
    for key in left:
        print(f"| {key} | {left[key]} | {right[key]} |")
    for label, rows in (("py2many", p2m), ("Portalis-Ray", ours)):
        kinds = Counter(r.kind for r in rows if not r.matched)
        if not kinds:
            continue
        print(f"\n{label}: main reasons for not matching CPython (programs per reason)")
        for kind, count in kinds.most_common(5):
            example = next(r for r in rows if r.kind == kind)
            said = " ".join(example.reason.split())[:160]
            print(f"  {count:4d}  {kind}\n        e.g. {example.program}: {said}")
    asked = Counter(
        c
        for r in p2m
        for c in re.findall(r"[\w-]+", r.reason.split("crate(s)")[-1])
        if r.reason.startswith("needs crate(s)")
    )
    if asked:
        print(
            "  crates those py2many outputs ask for: "
            + ", ".join(f"{name} ({count})" for name, count in asked.most_common())
        )
    lines = sum(r.lines for r in ours)
    print(
        f"\ncorpus: {len(ours)} programs, {lines:,} lines from {args.programs}; "
        f"{platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}, "
        f"{sh(['rustc', '--version'], 30).stdout.strip()}; "
        f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", type=Path, default=ROOT / "tests" / "programs")
    parser.add_argument("--limit", type=int, default=0, help="first N programs only")
    parser.add_argument("--venv", type=Path, default=Path("/tmp/py2many-venv"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/compare_py2many"))
    parser.add_argument("--jobs", type=int, choices=(1, 2), default=2)
    parser.add_argument(
        "--crate-dir",
        type=Path,
        default=Path("/usr/share/cargo/registry"),
        help="cargo directory source for the crates py2many's output uses",
    )
    args = parser.parse_args()
    if args.venv.resolve() == (ROOT / ".venv").resolve():
        sys.exit("--venv must not be the project's .venv")
    files = sorted(p.resolve() for p in args.programs.glob("*.py"))[: args.limit or None]
    if not files:
        sys.exit(f"no *.py programs in {args.programs}")
    for tool in ("cargo", "rustfmt"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not on PATH")
    version = ensure_py2many(args.venv)
    work = args.work
    p2m_out, ws, target = work / "py2many", work / "portalis", work / "target"
    if p2m_out.exists():
        shutil.rmtree(p2m_out)
    p2m_out.mkdir(parents=True)
    if args.crate_dir.is_dir():
        (p2m_out / ".cargo").mkdir()
        (p2m_out / ".cargo" / "config.toml").write_text(
            '[source.crates-io]\nreplace-with = "local-crates"\n\n'
            f'[source.local-crates]\ndirectory = "{args.crate_dir}"\n',
            encoding="utf-8",
        )
    print(
        f"crates for py2many's output: "
        f"{args.crate_dir if args.crate_dir.is_dir() else 'none (no --crate-dir)'}"
    )
    for stale in (target / "py2many" / "debug").glob("p_*"):
        if stale.is_file():
            stale.unlink()

    def fresh() -> dict[Path, Row]:
        return {p: Row(p.name, p.read_text(encoding="utf-8").count("\n")) for p in files}

    p2m_rows, our_rows = fresh(), fresh()
    started = time.perf_counter()
    print(f"{len(files)} programs; CPython runs ...", flush=True)
    python_runs = dict(
        zip(
            files,
            parallel(
                args.jobs,
                lambda p: run_program([sys.executable, p.name], p.parent, RUN_TIMEOUT_S),
                files,
            ),
        )
    )

    print(f"py2many {version}: translating ...", flush=True)
    translate_py2many(args.venv, files, p2m_out, p2m_rows)
    todo = [p for p in files if p2m_rows[p].translated]
    print(f"py2many: building and running {len(todo)} outputs ...", flush=True)
    parallel(
        args.jobs,
        lambda p: build_py2many(p, p2m_rows[p], p2m_out, target / "py2many", python_runs[p]),
        todo,
    )

    print("Portalis-Ray: translating ...", flush=True)
    translated = translate_portalis(files, ws, our_rows)
    print(f"Portalis-Ray: building the {len(translated)}-crate workspace ...", flush=True)
    build_portalis(translated, ws, target / "portalis", args.jobs, our_rows)
    built = [p for p in translated if our_rows[p].built]
    parallel(
        args.jobs,
        lambda p: compare(
            our_rows[p], python_runs[p], target / "portalis" / "debug" / crate_name(p), p.parent
        ),
        built,
    )

    report = {
        "py2many": [asdict(r) for r in p2m_rows.values()],
        "portalis": [asdict(r) for r in our_rows.values()],
    }
    (work / "results.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(
        f"done in {time.perf_counter() - started:.0f} s; per-program rows in "
        f"{work / 'results.json'}"
    )
    print_summary(version, list(p2m_rows.values()), list(our_rows.values()), args)


if __name__ == "__main__":
    main()

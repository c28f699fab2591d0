"""The `portalis` command line."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from portalis_ray import __version__
from portalis_ray.config import (
    ConfigError,
    PortalisConfig,
    load_config,
    with_overrides,
)

if TYPE_CHECKING:
    from portalis_ray.pipeline import PipelineRun

EXIT_OK, EXIT_INCOMPLETE, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class UsageError(Exception):
    """A problem with what the user asked for: one clear line, exit status 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="portalis", description="Translate Python into Rust Cargo workspaces on Ray."
    )
    parser.add_argument("--version", action="version", version=f"portalis-ray {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    tr = sub.add_parser("translate", help="translate a script or a directory into OUT")
    tr.add_argument("src", metavar="SRC", help="a Python file or a directory of modules")
    tr.add_argument("--out", "-o", required=True, metavar="OUT", help="workspace directory")
    tr.add_argument("--backend", choices=["rules", "llm", "auto"], help="translation backend")
    tr.add_argument("--target", choices=["native", "wasm", "both"], help="build target")
    tr.add_argument("--config", metavar="FILE", help="YAML config (default configs/local.yaml)")
    tr.add_argument("--address", metavar="ADDR", help="Ray cluster to use (default: embedded)")
    tr.add_argument("--no-build", action="store_true", help="only write the workspace")
    tr.add_argument("--no-verify", action="store_true", help="build but do not compare runs")
    tr.add_argument("--jobs", "-j", type=int, metavar="N", help="parallel cargo jobs")
    tr.add_argument("--quiet", "-q", action="store_true", help="print only diagnostics")

    sub.add_parser("doctor", help="report toolchains, GPUs, vLLM and Ray")

    srv = sub.add_parser("serve", help="start the HTTP translation service (Ray Serve)")
    srv.add_argument("--config", metavar="FILE", help="YAML config (default configs/local.yaml)")
    srv.add_argument("--address", metavar="ADDR", help="Ray cluster to use (default: embedded)")
    srv.add_argument("--host", help="HTTP bind address (serve.host)")
    srv.add_argument("--port", type=int, help="HTTP port (serve.port)")
    srv.add_argument("--model", metavar="DIR", help="model for the LLM deployment")

    cfg = sub.add_parser("config", help="show or validate a config")
    cfg_sub = cfg.add_subparsers(dest="config_command", required=True, metavar="ACTION")
    show = cfg_sub.add_parser("show", help="print the effective config with descriptions")
    show.add_argument("file", nargs="?", metavar="FILE")
    validate = cfg_sub.add_parser("validate", help="check a config file")
    validate.add_argument("file", metavar="FILE")

    run = sub.add_parser(
        "run",
        help="run a binary of a translated workspace",
        usage="portalis run OUT [--target native|wasm] [--bin NAME | BIN] [--] [ARGS...]",
    )
    run.add_argument("out", metavar="OUT")
    run.add_argument(
        "--target", choices=RUN_TARGETS, help="native binary, or the wasm module under wasmtime"
    )
    run.add_argument("--bin", dest="bin_name", metavar="NAME", help="which binary (default: BIN)")
    run.add_argument("rest", nargs=argparse.REMAINDER, metavar="[BIN] [--] ARGS")
    return parser


def _translate_config(args: argparse.Namespace) -> PortalisConfig:
    cfg = load_config(args.config)
    overrides = {
        "translate.backend": args.backend,
        "build.target": args.target,
        "ray.address": args.address,
        "build.jobs": args.jobs,
    }
    if args.jobs is not None and args.jobs < 0:
        raise UsageError("--jobs must be 0 or more")
    return with_overrides(cfg, overrides)


def _print_summary(run: PipelineRun, out: Path) -> None:
    marks = {"translated": "ok", "failed": "FAILED", "skipped": "skipped"}
    for f in run.files:
        if f.outcome == "translated":
            checked = {True: "matches CPython", False: "", None: "not verified"}[f.verified]
            if f.binary is None and f.verified:
                checked = "its scripts match CPython"
            if f.built is None:
                checked = "not built"
            target = f.binary or (f"crate {f.crate}" if f.crate else "")
            detail = f"-> {target}  {checked}".rstrip()
        else:
            detail = f.reason
        print(f"  {marks[f.outcome]:<8} {f.path}  {detail}")
    t = run.report["totals"]
    speed = run.report["throughput"]["translate_lines_per_s"]
    print(
        f"{t['files']} files: {t['translated']} translated, {t['failed']} failed, "
        f"{t['skipped']} skipped; {t['lines_translated']} lines translated "
        f"({speed:.0f} lines/s)"
    )
    if run.build is not None:
        crates_ok = sum(
            bool(run.build.crates.get(c.name) and run.build.crates[c.name].ok)
            for c in run.workspace.crates
        )
        print(
            f"built {crates_ok} of {len(run.workspace.crates)} crates in "
            f"{run.build.seconds:.1f} s; {t['verified']} match CPython, "
            f"{t['mismatched']} differ"
        )
    per_target = run.report["build"].get("targets", {})
    if set(per_target) != {"native"}:  # say which target each figure is for
        for target, info in per_target.items():
            print(
                f"  {target}: built {info['built']} in {info['seconds']:.1f} s; "
                f"{info['verified']} match CPython, {info['mismatched']} differ"
            )
    print(f"workspace: {out}  report: {out / 'report.json'}")


def cmd_translate(args: argparse.Namespace) -> int:
    """`portalis translate SRC --out OUT`."""
    from portalis_ray.ingest import SourceError
    from portalis_ray.pipeline import UnsupportedError, run_translation
    from portalis_ray.report import diagnostic_lines
    from portalis_ray.session import RayConnectionError, shutdown_ray
    from portalis_ray.workspace import WorkspaceError

    cfg = _translate_config(args)
    out = Path(args.out).expanduser().resolve()
    try:
        run = run_translation(
            args.src, out, cfg, build=not args.no_build, verify=not args.no_verify
        )
    except (SourceError, WorkspaceError, UnsupportedError, RayConnectionError) as err:
        raise UsageError(str(err)) from None
    finally:
        shutdown_ray()
    for line in diagnostic_lines(run.files, ("error", "warning", "note")):
        print(line, file=sys.stderr)
    if not args.quiet:
        _print_summary(run, out)
    if not any(f.outcome != "skipped" for f in run.files):
        print(f"portalis: no Python files found in {args.src}", file=sys.stderr)
    return EXIT_OK if run.ok else EXIT_INCOMPLETE


def cmd_serve(args: argparse.Namespace) -> int:
    """`portalis serve`: deploy the Serve app and block until interrupted."""
    from portalis_ray.serve import run_app
    from portalis_ray.session import RayConnectionError, ensure_ray, shutdown_ray

    cfg = with_overrides(
        load_config(args.config),
        {
            "ray.address": args.address,
            "serve.host": args.host,
            "serve.port": args.port,
            "translate.llm.model": args.model,
        },
    )
    try:
        ensure_ray(cfg.ray)
    except RayConnectionError as err:
        raise UsageError(str(err)) from None
    try:
        run_app(cfg, blocking=True)
    finally:
        shutdown_ray()
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace) -> int:
    """`portalis doctor`."""
    from portalis_ray.doctor import render, run_checks

    checks = run_checks()
    print(render(checks))
    missing = [c.name for c in checks if c.required and c.status != "ok"]
    if missing:
        print(f"portalis: required but missing: {', '.join(missing)}", file=sys.stderr)
        return EXIT_INCOMPLETE
    return EXIT_OK


def _commented_yaml(cfg: BaseModel, indent: str = "") -> str:
    import yaml

    lines = []
    for key, fld in type(cfg).model_fields.items():
        value = getattr(cfg, key)
        if isinstance(value, BaseModel):  # a nested section (e.g. translate.llm, serve.rules)
            lines.append(f"{indent}{key}:  # {fld.description}")
            lines.append(_commented_yaml(value, indent + "  ").rstrip("\n"))
            continue
        text = yaml.safe_dump(value, default_flow_style=True).strip()
        text = text.removesuffix("\n...").removesuffix("...").strip()
        lines.append(f"{indent}{key}: {text}  # {fld.description}")
    return "\n".join(lines) + "\n"


def cmd_config(args: argparse.Namespace) -> int:
    """`portalis config show|validate`."""
    cfg = load_config(args.file)
    if args.config_command == "validate":
        print(f"{args.file}: ok")
    else:
        sys.stdout.write(_commented_yaml(cfg))
    return EXIT_OK


RUN_TARGETS = ("native", "wasm")


def _run_request(args: argparse.Namespace) -> tuple[str | None, str | None, list[str]]:
    """(target, binary name, program arguments): options may also come between OUT and BIN."""
    target, name, rest = args.target, args.bin_name, list(args.rest)
    while rest:
        flag, _, value = rest[0].partition("=")
        if flag not in ("--target", "--bin"):
            break
        if not value:
            if len(rest) < 2:
                raise UsageError(f"{flag} needs a value")
            value = rest.pop(1)
        rest.pop(0)
        if flag == "--target":
            if value not in RUN_TARGETS:
                raise UsageError(f"--target must be one of {', '.join(RUN_TARGETS)}, not {value!r}")
            target = value
        else:
            name = value
    if rest and rest[0] == "--":
        return target, name, rest[1:]
    if name is None and rest:
        name = rest.pop(0)
        if rest and rest[0] == "--":
            rest.pop(0)
    return target, name, rest


def _pick_binary(out: Path, target: str | None, name: str | None) -> tuple[str, Path]:
    """The (target, path) to run: the named binary, or the only one; native before wasm."""
    from portalis_ray.build import BINARY_SUFFIX

    bin_dir = out / "bin"
    targets = [target] if target else list(RUN_TARGETS)
    if name is None:
        built = sorted(
            (t, p)
            for t in targets
            for p in (bin_dir.glob("*") if bin_dir.is_dir() else [])
            if p.is_file() and not p.name.startswith(".") and (p.suffix == ".wasm") == (t == "wasm")
        )
        if len({p.name.removesuffix(".wasm") for _, p in built}) != 1:
            names = ", ".join(sorted({p.name for _, p in built})) or "none built"
            raise UsageError(f"{out}: name the binary to run with --bin NAME (built: {names})")
        return built[0]
    for candidate in targets:
        path = bin_dir / (name + BINARY_SUFFIX[candidate])
        if path.is_file():
            return candidate, path
    wanted = bin_dir / (name + BINARY_SUFFIX[target or "native"])
    raise UsageError(f"{wanted}: no such binary (translate and build first)")


def cmd_run(args: argparse.Namespace) -> int:
    """`portalis run OUT [--target native|wasm] [--bin NAME | BIN] [--] [ARGS...]`.

    Runs a built binary (a wasm module through wasmtime), passing its exit status through.
    """
    target, name, program_args = _run_request(args)
    target, binary = _pick_binary(Path(args.out), target, name)
    if target == "native":
        return subprocess.run([str(binary), *program_args], check=False).returncode
    from portalis_ray.wasm import INSTALL_HINT, run_and_report, wasmtime_missing

    why = wasmtime_missing()
    if why:
        raise UsageError(f"cannot run {binary.name}: {why}; {INSTALL_HINT}")
    return run_and_report(binary, program_args, argv0=binary.stem)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "translate": cmd_translate,
    "doctor": cmd_doctor,
    "serve": cmd_serve,
    "config": cmd_config,
    "run": cmd_run,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `portalis` console script."""
    args = _parser().parse_args(argv)
    debug = args.debug or bool(os.environ.get("PORTALIS_DEBUG"))
    try:
        return COMMANDS[args.command](args)
    except (UsageError, ConfigError) as err:
        print(f"portalis: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("portalis: interrupted", file=sys.stderr)
        return 130
    except Exception as err:
        if debug:
            traceback.print_exc()
        print(
            f"portalis: internal error: {type(err).__name__}: {err} "
            "(rerun with --debug for a traceback)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())

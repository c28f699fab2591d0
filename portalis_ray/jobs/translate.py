"""The batch job: ``python -m portalis_ray.jobs.translate --src URI --out URI [--config FILE]``.

Submitted with ``ray job submit --address http://HEAD:8265 --working-dir . -- python -m
portalis_ray.jobs.translate ...``, it connects to the cluster it runs on, stages SRC locally,
translates, builds and verifies the files in chunks, and after each chunk moves the finished
crates into OUT and records their content hashes in ``OUT/.portalis/state.json``. A rerun
(e.g. after the job was killed) skips the files finished from the same content and config.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from portalis_ray import __version__
from portalis_ray.config import ConfigError, PortalisConfig, load_config, with_overrides
from portalis_ray.diagnostics import Diagnostic
from portalis_ray.ingest import ListedFile, SourceError, list_sources
from portalis_ray.jobs.storage import Location, StorageError, resolve
from portalis_ray.project.graph import build_graphs
from portalis_ray.report import FileReport, build_report, render_html, run_ok
from portalis_ray.schemas import CONTRACT_TABLE_SCHEMA
from portalis_ray.workspace import (
    GENERATED_MARK,
    JOB_STATE_FILE,
    STATE_DIR,
    STATE_FILE,
    CrateSpec,
    JobState,
    content_hash,
    name_crates,
    workspace_files,
)

EXIT_OK, EXIT_INCOMPLETE, EXIT_USAGE = 0, 1, 2
STATE_PATH = f"{STATE_DIR}/{JOB_STATE_FILE}"


class JobError(RuntimeError):
    """The job cannot run (bad SRC or OUT, unreachable cluster); the message says why."""


@dataclass
class JobSummary:
    """What one job run did (printed at the end and stored in the report under ``job``)."""

    files: int = 0
    resumed: int = 0
    translated_now: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    units: dict[str, dict[str, int]] = field(default_factory=dict)  # backend -> outcome -> n
    crates: int = 0
    crates_built: int = 0
    chunks: int = 0
    seconds: float = 0.0
    ok: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return dict(self.__dict__)

    def line(self) -> str:
        """The one-line summary."""
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items())) or "none"
        units = (
            "; ".join(
                f"{backend}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
                for backend, counts in sorted(self.units.items())
            )
            or "none"
        )
        return (
            f"{self.files} files ({outcomes}; {self.resumed} resumed, "
            f"{self.translated_now} processed now in {self.chunks} chunks); "
            f"units by backend: {units}; crates built {self.crates_built}/{self.crates}; "
            f"{self.seconds:.1f} s"
        )


def progress(stage: str, message: str) -> None:
    """One progress line per stage (the job's driver log shows them in order)."""
    print(f"portalis job: {stage}: {message}", flush=True)


def config_fingerprint(cfg: PortalisConfig, build: bool = True, verify: bool = True) -> str:
    """Tool version + what changes outputs: the config (not where Ray runs) and the steps run."""
    data = cfg.model_dump(exclude={"ray": True, "serve": True, "build": {"target_dir", "jobs"}})
    steps = {"build": build and cfg.build.enabled, "verify": verify and cfg.verify.enabled}
    text = json.dumps({"version": __version__, "config": data, "steps": steps}, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _display(src: Location, single_file: bool, relpath: str) -> str:
    return src.uri if single_file else f"{src.uri.rstrip('/')}/{relpath}"


def _rename_paths(report: FileReport, display: str) -> None:
    """Show SRC as the user named it (the URI), not the local staging copy."""
    old = report.path
    report.path = display
    report.diagnostics = [
        Diagnostic(
            display if d.path == old else d.path, d.line, d.col, d.code, d.message, d.severity
        )
        for d in report.diagnostics
    ]


def _listed_report(f: ListedFile, display: str) -> FileReport:
    report = FileReport(
        f.display, f.relpath, f.status, f.reason, diagnostics=list(f.diagnostics), size=f.size
    )
    _rename_paths(report, display)
    return report


def _check_out(out: Location) -> None:
    info = out.info()
    if info.type == pafs.FileType.File:
        raise JobError(f"{out.uri}: exists and is not a directory")
    if info.type == pafs.FileType.NotFound:
        return
    if out.info(STATE_PATH).type == pafs.FileType.File:
        return
    if out.info(f"{STATE_DIR}/{STATE_FILE}").type == pafs.FileType.File:
        return
    entries = out.fs.get_file_info(pafs.FileSelector(out.path, recursive=False))
    if any(not PurePosixPath(e.path).name.startswith(".") for e in entries):
        raise JobError(
            f"{out.uri}: exists and is not a Portalis workspace; "
            "use an empty or new directory for --out"
        )


def _avoid_finished(
    names: dict[str, tuple[str, str]], state: JobState, pending: set[str]
) -> dict[str, tuple[str, str]]:
    """Names for the files left to do that no finished crate already uses (files added later
    can make :func:`name_crates` hand out a name an earlier run gave another file)."""
    taken = {e["crate"] for rel, e in state.files.items() if e.get("crate") and rel not in pending}
    out = dict(names)
    for rel in sorted(pending):
        crate, bin_name = names[rel]
        suffix = 2
        while out[rel][0] in taken:
            out[rel] = (f"{crate}_{suffix}", f"{bin_name}_{suffix}")
            suffix += 1
        taken.add(out[rel][0])
    return out


def _chunks(
    items: list[ListedFile], size: int, groups: list[set[str]] | None = None
) -> list[list[ListedFile]]:
    """Chunks of about ``size`` files; the files of one project (``groups``) stay together."""
    group_of = {rel: i for i, group in enumerate(groups or []) for rel in group}
    units: dict[object, list[ListedFile]] = {}
    for item in items:
        units.setdefault(group_of.get(item.relpath, item.relpath), []).append(item)
    chunks: list[list[ListedFile]] = []
    for unit in units.values():
        if chunks and len(chunks[-1]) + len(unit) <= size:
            chunks[-1].extend(unit)
        else:
            chunks.append(list(unit))
    return chunks


def _project_groups(files: list[ListedFile]) -> list[set[str]]:
    """The relpaths of each multi-module project (translated together, in one chunk)."""
    sources = {}
    for f in files:
        try:
            sources[f.relpath] = f.path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
    return [{m.relpath for m in g.modules.values()} for g in build_graphs(sources)]


class TranslationJob:
    """One run of the job: stage, resume, translate in chunks, publish, report."""

    def __init__(
        self,
        src: Location,
        out: Location,
        cfg: PortalisConfig,
        *,
        chunk_files: int = 64,
        build: bool = True,
        verify: bool = True,
    ) -> None:
        self.src, self.out, self.cfg = src, out, cfg
        self.chunk_files = chunk_files
        self.build, self.verify = build, verify
        self.summary = JobSummary()
        self.started_ray = False  # True when this job started an embedded Ray (and owns it)

    def run(self, workdir: Path) -> tuple[dict[str, Any], JobSummary]:
        """Do the job in ``workdir`` (local scratch); returns the report and the summary."""
        from portalis_ray.session import ensure_ray

        started = time.perf_counter()
        _check_out(self.out)
        cfg = self.cfg
        if cfg.build.target_dir is None and not os.environ.get("CARGO_TARGET_DIR"):
            # One cargo target dir for every chunk: the runtime crate is compiled once.
            cfg = with_overrides(cfg, {"build.target_dir": str(workdir / "target")})

        mark = time.perf_counter()
        local_src = self.src.local_path
        if local_src is not None:
            if not local_src.exists():
                raise JobError(f"{self.src.uri}: no such file or directory")
            count = "local"
        else:
            local_src, n, size = self.src.stage(workdir / "src", set(cfg.ingest.skip_dirs))
            count = f"{n} files, {size} bytes"
        progress("stage", f"{self.src.uri} ({count}) in {time.perf_counter() - mark:.2f} s")

        out_local = self.out.local_path
        listing = list_sources(local_src, cfg.ingest, exclude=[out_local] if out_local else [])
        single = local_src.is_file()
        to_read = listing.to_read
        names = name_crates([f.relpath for f in to_read])
        fingerprint = config_fingerprint(cfg, self.build, self.verify)
        state = JobState.from_json(
            (self.out.read_bytes(STATE_PATH) or b"").decode("utf-8"), fingerprint
        )
        hashes = {f.relpath: content_hash(f.path.read_bytes()) for f in to_read}
        pending = [f for f in to_read if state.finished(f.relpath, hashes[f.relpath]) is None]
        groups = _project_groups(to_read)
        touched = {rel for g in groups if any(f.relpath in g for f in pending) for rel in g}
        # A changed module retranslates its whole project (types are inferred across it).
        pending = [f for f in to_read if f in pending or f.relpath in touched]
        self.summary.resumed = len(to_read) - len(pending)
        progress(
            "resume",
            f"{len(listing.files)} files listed, {len(to_read)} to translate: "
            f"{self.summary.resumed} finished earlier, {len(pending)} left",
        )
        self._drop_gone(state, {f.relpath for f in to_read})
        names = _avoid_finished(names, state, {f.relpath for f in pending})

        chunks = _chunks(pending, self.chunk_files, groups)
        if chunks:
            self.started_ray = ensure_ray(cfg.ray)
        for number, chunk in enumerate(chunks, 1):
            self._run_chunk(number, len(chunks), chunk, cfg, names, hashes, state, workdir, single)
        self.summary.chunks = len(chunks)
        self.summary.translated_now = len(pending)

        reports = [
            FileReport.from_dict(state.files[f.relpath]["report"])
            if f.status == "read"
            else _listed_report(f, _display(self.src, single, f.relpath))
            for f in listing.files
        ]
        self.summary.seconds = time.perf_counter() - started
        report = self._publish(cfg, state, reports, {"total_s": self.summary.seconds})
        return report, self.summary

    def _drop_gone(self, state: JobState, current: set[str]) -> None:
        for rel in sorted(set(state.files) - current):  # the source was removed since
            self._remove_crate(state.files.pop(rel))

    def _remove_crate(self, entry: dict[str, Any]) -> None:
        """Delete a crate an earlier run published (only what this tool generated)."""
        crate = entry.get("crate")
        if crate and (self.out.read_bytes(f"{crate}/Cargo.toml") or b"").startswith(
            GENERATED_MARK.encode()
        ):
            self.out.delete_dir(crate)
        binary = (entry.get("report") or {}).get("binary")
        if binary and self.out.info(binary).type == pafs.FileType.File:
            self.out.fs.delete_file(self.out.join(binary))

    def _run_chunk(
        self,
        number: int,
        total: int,
        chunk: list[ListedFile],
        cfg: PortalisConfig,
        names: dict[str, tuple[str, str]],
        hashes: dict[str, str],
        state: JobState,
        workdir: Path,
        single: bool,
    ) -> None:
        from portalis_ray.pipeline import run_translation

        # A fresh source dir per chunk; one output dir for all, so cargo's fingerprints of the
        # runtime crate (a path dependency) hold and it is compiled once per job.
        chunk_src, chunk_out = workdir / f"chunk-{number}", workdir / "out"
        for f in chunk:
            dest = chunk_src / f.relpath
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f.path, dest)
        run = run_translation(
            chunk_src,
            chunk_out,
            cfg,
            build=self.build,
            verify=self.verify,
            crate_names={f.relpath: names[f.relpath] for f in chunk},
        )
        t = run.timings
        stages = ", ".join(
            f"{k.removesuffix('_s')} {v:.2f} s" for k, v in t.items() if k != "total_s"
        )
        progress(f"chunk {number}/{total}", f"{len(chunk)} files: {stages}")
        contracts = run.contracts.to_pylist()
        published = 0
        for report in run.files:
            _rename_paths(report, _display(self.src, single, report.relpath))
            if report.crate is not None:
                self.out.put_dir(report.crate, chunk_out / report.crate)
                published += 1
            binaries = {report.binary} if report.binary else set()
            for info in run.report["build"].get("targets", {}).values():
                row = info["files"].get(report.relpath) or {}
                if row.get("binary"):
                    binaries.add(row["binary"])
            for rel in sorted(binaries):
                self.out.write_atomic(rel, (chunk_out / rel).read_bytes(), executable=True)
            earlier = state.files.get(report.relpath)
            if earlier and earlier.get("crate") and earlier["crate"] != report.crate:
                self._remove_crate(earlier)  # the edited file lost or changed its crate
            spec = run.workspace.crate_for(report.relpath) if report.crate else None
            state.files[report.relpath] = {
                "sha256": hashes[report.relpath],
                "crate": report.crate,
                "bin": spec.bin_name or None if spec else None,
                "deps": list(spec.deps) if spec else [],
                "report": report.to_dict(),
                "contracts": [c for c in contracts if c["path"] == report.relpath],
            }
        # The state file is the commit: a crate counts as finished once it is recorded here.
        self.out.write_atomic(STATE_PATH, state.to_json().encode("utf-8"))
        progress(f"chunk {number}/{total}", f"published {published} crates to {self.out.uri}")
        shutil.rmtree(chunk_src, ignore_errors=True)

    def _publish(
        self,
        cfg: PortalisConfig,
        state: JobState,
        reports: list[FileReport],
        timings: dict[str, float],
    ) -> dict[str, Any]:
        by_name: dict[str, CrateSpec] = {}
        for rel, e in sorted(state.files.items()):
            if e.get("crate") and (e["crate"] not in by_name or e.get("bin")):
                deps = tuple(e.get("deps") or ())
                by_name[e["crate"]] = CrateSpec(e["crate"], e.get("bin") or "", rel, "", deps=deps)
        crates = list(by_name.values())
        for rel, data in workspace_files(crates).items():
            if self.out.read_bytes(rel) != data:
                self.out.write_atomic(rel, data)
        s = self.summary
        s.files = len(reports)
        s.outcomes = dict(Counter(r.outcome for r in reports))
        units: dict[str, Counter[str]] = {}
        for r in reports:
            if r.units_total:
                counts = units.setdefault(r.backend or "none", Counter())
                counts["translated"] += r.units_translated
                counts["failed"] += r.units_total - r.units_translated
        s.units = {b: dict(c) for b, c in units.items()}
        s.crates = len(crates)
        s.crates_built = sum(r.built is True for r in reports)
        s.ok = run_ok(reports)
        build_info = {
            "attempted": self.build and cfg.build.enabled,
            "ok": all(r.built is not False for r in reports),
        }
        report = build_report(self.src.uri, Path(self.out.path), cfg, reports, timings, build_info)
        report["out"] = self.out.uri
        report["job"] = s.to_dict()
        self.out.write_atomic("report.json", (json.dumps(report, indent=2) + "\n").encode())
        self.out.write_atomic("report.html", render_html(report).encode("utf-8"))
        rows = [c for e in state.files.values() for c in e.get("contracts", [])]
        sink = pa.BufferOutputStream()
        pq.write_table(pa.Table.from_pylist(rows, schema=CONTRACT_TABLE_SCHEMA), sink)
        self.out.write_atomic("contracts.parquet", sink.getvalue().to_pybytes())
        return report


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m portalis_ray.jobs.translate",
        description="Translate SRC into the Cargo workspace OUT as a (resumable) Ray job.",
    )
    parser.add_argument(
        "--src",
        required=True,
        metavar="URI",
        help="a .py file or a directory: path, file://, s3://, gs://",
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="URI",
        help="the workspace directory: path, file://, s3://, gs://",
    )
    parser.add_argument("--config", metavar="FILE", help="YAML config (default configs/local.yaml)")
    parser.add_argument("--backend", choices=["rules", "llm", "auto"])
    parser.add_argument("--target", choices=["native", "wasm", "both"])
    parser.add_argument("--address", help="Ray address (default: the cluster the job runs on)")
    parser.add_argument(
        "--chunk-files",
        type=int,
        default=64,
        metavar="N",
        help="files per chunk; finished chunks survive a killed job (default 64)",
    )
    parser.add_argument("--no-build", action="store_true", help="translate only")
    parser.add_argument("--no-verify", action="store_true", help="build but do not compare")
    return parser


def job_config(args: argparse.Namespace) -> PortalisConfig:
    """The config file with the command line's overrides; inside a Ray job, its cluster."""
    cfg = load_config(args.config)
    address = args.address
    if address is None and cfg.ray.address is None and os.environ.get("RAY_ADDRESS"):
        address = "auto"  # `ray job submit` sets RAY_ADDRESS for the driver: join that cluster
    return with_overrides(
        cfg,
        {"translate.backend": args.backend, "build.target": args.target, "ray.address": address},
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point of the job; the exit status is 0 when every file translated (and built)."""
    args = _parser().parse_args(argv)
    if args.chunk_files < 1:
        print("portalis job: --chunk-files must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    from portalis_ray.session import RayConnectionError, shutdown_ray
    from portalis_ray.workspace import WorkspaceError

    job: TranslationJob | None = None
    try:
        cfg = job_config(args)
        job = TranslationJob(
            resolve(args.src),
            resolve(args.out),
            cfg,
            chunk_files=args.chunk_files,
            build=not args.no_build,
            verify=not args.no_verify,
        )
        with tempfile.TemporaryDirectory(prefix="portalis-job-") as workdir:
            report, summary = job.run(Path(workdir))
    except (
        ConfigError,
        StorageError,
        SourceError,
        JobError,
        WorkspaceError,
        RayConnectionError,
    ) as err:
        print(f"portalis job: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if job is not None and job.started_ray:
            shutdown_ray()
    for f in report["files"]:
        for d in f["diagnostics"]:
            print(str(Diagnostic.from_dict(d)), file=sys.stderr)
    progress("summary", summary.line())
    progress("report", f"{args.out.rstrip('/')}/report.json")
    return EXIT_OK if summary.ok else EXIT_INCOMPLETE


if __name__ == "__main__":
    sys.exit(main())

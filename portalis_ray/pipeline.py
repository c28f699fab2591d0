"""Wires the stages: ingest, index, analyze, translate (Ray Data), then workspace, build, verify."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from portalis_ray import telemetry
from portalis_ray.analyze import analyze_stage, contracts_table
from portalis_ray.build import (
    BINARY_SUFFIX,
    TARGET_BUILDS,
    BuildOutcome,
    binary_name,
    build_workspace,
    target_dir,
)
from portalis_ray.config import PortalisConfig
from portalis_ray.index import index_stage
from portalis_ray.index.stage import balanced_listing, lexer_device
from portalis_ray.ingest import SourceListing, list_sources, read_sources
from portalis_ray.project.stage import (
    contract_rows,
    crate_specs,
    library_users,
    modules_table,
    plan_projects,
    save_state,
    translate_projects,
    with_imported_modules,
)
from portalis_ray.project.stage import file_reports as project_reports
from portalis_ray.report import FileReport, build_report, file_reports, run_ok, write_report
from portalis_ray.schemas import CONTRACT_TABLE_SCHEMA, TRANSLATED_SCHEMA, conform, rows_to_table
from portalis_ray.session import ensure_ray
from portalis_ray.translate.stage import translate_stage
from portalis_ray.verify import VerifyJob, verify_all
from portalis_ray.workspace import Workspace, WorkspaceReducer, write_atomic

if TYPE_CHECKING:
    import ray.data

SUPPORTED_TARGETS = tuple(TARGET_BUILDS)


class UnsupportedError(ValueError):
    """The run asks for something this version cannot do yet (e.g. a wasm build)."""


@dataclass
class PipelineRun:
    """Everything one translation run produced."""

    report: dict[str, Any]
    files: list[FileReport]
    workspace: Workspace
    contracts: pa.Table
    build: BuildOutcome | None = None  # the first target's build (native unless only wasm)
    timings: dict[str, float] = field(default_factory=dict)
    builds: dict[str, BuildOutcome] = field(default_factory=dict)  # every target built

    @property
    def ok(self) -> bool:
        """True when every Python file translated (and built and matched CPython when checked)."""
        return run_ok(self.files)


def translate_dataflow(listing: SourceListing, cfg: PortalisConfig) -> pa.Table:
    """Run the Ray Data dataflow over the listed files; one TRANSLATED_SCHEMA row per file."""
    if not listing.to_read:
        return TRANSLATED_SCHEMA.empty_table()
    listing = balanced_listing(listing, cfg.ingest.blocks)  # read shards of equal bytes
    ds = read_sources(listing, cfg.ingest)
    ds = index_stage(ds, cfg.index, listing.namer, sizes=[f.size for f in listing.to_read])
    ds = analyze_stage(ds, cfg.analyze, listing.namer)
    ds = translate_stage(ds, cfg.translate, listing.namer)
    tables = _collect(ds, len(listing.to_read), lexer_device(cfg.index))
    if not tables:
        return TRANSLATED_SCHEMA.empty_table()
    return conform(
        pa.concat_tables(tables, promote_options="permissive"), TRANSLATED_SCHEMA, "translate"
    )


def _collect(ds: ray.data.Dataset, queued: int, device: str) -> list[pa.Table]:
    """Stream the dataflow's blocks back, keeping the queue-depth and lexer-bytes metrics live."""
    tables = []
    telemetry.record_dataflow("queued", queued)
    for block in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
        telemetry.record_dataflow("done", block.num_rows)
        telemetry.record_lexed(int(pc.sum(block.column("size")).as_py() or 0), device)
        if block.num_rows:
            tables.append(block)
    return tables


def _apply_build(files: list[FileReport], ws: Workspace, outcome: BuildOutcome) -> None:
    for report in files:
        spec = ws.crate_for(report.relpath)
        if spec is not None:
            report.record_build(outcome.crates.get(spec.name), ws.root, library=spec.is_lib)


def _apply_verify(
    files: list[FileReport],
    ws: Workspace,
    listing: SourceListing,
    cfg: PortalisConfig,
    target: str = "native",
) -> float:
    started = time.perf_counter()
    sources = {f.relpath: f.path for f in listing.files}
    jobs = [
        VerifyJob(f.relpath, Path(sources[f.relpath]), ws.root / f.binary, f.path, target)
        for f in files
        if f.built and f.binary
    ]
    by_key = {f.relpath: f for f in files}
    for key, result in verify_all(jobs, cfg.verify).items():
        by_key[key].record_run(result)
    return time.perf_counter() - started


def run_translation(
    src: str | Path,
    out: str | Path,
    cfg: PortalisConfig,
    *,
    build: bool = True,
    verify: bool = True,
    crate_names: dict[str, tuple[str, str]] | None = None,
) -> PipelineRun:
    """Translate SRC into the Cargo workspace OUT and write its report (bad files do not raise).

    ``crate_names`` (``{relpath: (crate, bin)}``) fixes the names, e.g. when a job translates
    a larger tree in chunks.
    """
    if cfg.build.target not in SUPPORTED_TARGETS:
        raise UnsupportedError(
            f"--target {cfg.build.target} is not supported yet; use --target native"
        )
    build = build and cfg.build.enabled
    verify = verify and build and cfg.verify.enabled
    timings: dict[str, float] = {}
    started = time.perf_counter()
    out = Path(out).expanduser().resolve()
    reducer = WorkspaceReducer(out)
    reducer.check_out_dir()
    listing = with_imported_modules(list_sources(src, cfg.ingest, exclude=[out]), cfg.ingest, [out])
    plan = plan_projects(listing, crate_names)
    standalone = plan.standalone(listing)
    timings["list_s"] = time.perf_counter() - started

    mark = time.perf_counter()
    if listing.to_read:
        ensure_ray(cfg.ray)
    timings["ray_init_s"] = time.perf_counter() - mark
    mark = time.perf_counter()
    table = translate_dataflow(standalone, cfg)
    timings["dataflow_s"] = time.perf_counter() - mark
    mark = time.perf_counter()
    projects = translate_projects(plan, cfg, out) if plan.graphs else []
    timings["projects_s"] = time.perf_counter() - mark

    mark = time.perf_counter()
    order = {f.relpath: i for i, f in enumerate(listing.files)}
    files = file_reports(standalone, table) + project_reports(listing, projects)
    files.sort(key=lambda f: order.get(f.relpath, len(order)))
    translated = {
        row["relpath"]: row["rust"]
        for row in table.select(["relpath", "rust"]).to_pylist()
        if row["rust"] is not None
    }
    ws = reducer.reduce(translated, names=plan.names, projects=crate_specs(projects))
    for report in files:
        spec = ws.crate_for(report.relpath)
        if spec is not None:
            report.crate = spec.name
    contracts = contracts_table(table) if table.num_rows else CONTRACT_TABLE_SCHEMA.empty_table()
    if projects:
        contracts = pa.concat_tables(
            [contracts, rows_to_table(contract_rows(projects), CONTRACT_TABLE_SCHEMA, "project")]
        )
        save_state(out, projects)
    rewritten = {f"{c}/{rel}" for c, rels in reducer.rewritten.items() for rel in rels}
    _write_parquet(out / "modules.parquet", modules_table(projects, rewritten))
    timings["reduce_s"] = time.perf_counter() - mark

    outcomes: dict[str, BuildOutcome] = {}
    per_target: dict[str, dict[str, Any]] = {}
    if build and ws.crates:
        outcomes, per_target = _build_targets(files, ws, listing, cfg, verify, timings)
        _verify_libraries(files, library_users(plan))
    outcome = next(iter(outcomes.values()), None)
    timings["total_s"] = time.perf_counter() - started

    build_info: dict[str, Any] = {"attempted": outcome is not None}
    if outcome is not None:
        build_info.update(
            ok=all(o.ok for o in outcomes.values()),
            command=outcome.command,
            error=outcome.error,
            seconds=round(sum(o.seconds for o in outcomes.values()), 3),
            target_dir=str(target_dir(ws, cfg.build)),
            targets=per_target,
        )
    report = build_report(src, out, cfg, files, timings, build_info)
    write_report(out, report)
    telemetry.record_files(files)
    telemetry.record_stage_seconds(timings)
    _write_contracts(out, contracts)
    return PipelineRun(report, files, ws, contracts, outcome, timings, outcomes)


# FileReport fields that hold one target's build and run; --target both keeps one set per target.
_PER_TARGET_FIELDS = ("built", "binary", "verified", "rust_exit", "diff")


def _build_targets(
    files: list[FileReport],
    ws: Workspace,
    listing: SourceListing,
    cfg: PortalisConfig,
    verify: bool,
    timings: dict[str, float],
) -> tuple[dict[str, BuildOutcome], dict[str, dict[str, Any]]]:
    """Build, then verify, each target of ``build.target`` in turn; per-target report sections."""
    displays = {f.relpath: f.display for f in listing.files}  # as diagnostics name files
    outcomes: dict[str, BuildOutcome] = {}
    per_target: dict[str, dict[str, Any]] = {}
    targets = TARGET_BUILDS[cfg.build.target]
    for other in set(BINARY_SUFFIX) - set(targets):
        # A binary of a target not built now would pass for this run's output; drop it.
        for spec in ws.crates:
            (ws.bin_dir / binary_name(spec, other)).unlink(missing_ok=True)
    for target in targets:
        for report in files:  # every target starts from the translation's outcome
            report.built = report.binary = report.verified = report.rust_exit = None
            report.diff = ""
        outcome = outcomes[target] = build_workspace(ws, cfg.build, displays, target)
        _apply_build(files, ws, outcome)
        verify_s = _apply_verify(files, ws, listing, cfg, target) if verify else 0.0
        timings["build_s"] = timings.get("build_s", 0.0) + outcome.seconds
        if verify:
            timings["verify_s"] = timings.get("verify_s", 0.0) + verify_s
        results = {
            f.relpath: {name: getattr(f, name) for name in _PER_TARGET_FIELDS}
            for f in files
            if f.crate is not None
        }
        per_target[target] = {
            "ok": outcome.ok,
            "command": outcome.command,
            "error": outcome.error,
            "seconds": round(outcome.seconds, 3),
            "verify_s": round(verify_s, 3),
            "built": sum(r["built"] is True for r in results.values()),
            "verified": sum(r["verified"] is True for r in results.values()),
            "mismatched": sum(r["verified"] is False for r in results.values()),
            "files": results,
        }
    if len(per_target) > 1:
        _merge_targets(files, per_target)
    return outcomes, per_target


def _verify_libraries(files: list[FileReport], users: dict[str, list[str]]) -> None:
    """A library module is verified when every script that runs it matched CPython."""
    by_path = {f.relpath: f for f in files}
    for relpath, scripts in users.items():
        report = by_path.get(relpath)
        if report is None or report.outcome != "translated" or not report.built:
            continue
        if all(by_path[s].verified for s in scripts if s in by_path):
            report.verified = True


def _merge_targets(files: list[FileReport], per_target: dict[str, dict[str, Any]]) -> None:
    """One row per file over all targets: built and verified only when every target is."""
    for report in files:
        runs = {
            t: info["files"][report.relpath]
            for t, info in per_target.items()
            if report.relpath in info["files"]
        }
        if not runs:
            continue
        checked = [r["verified"] for r in runs.values()]
        report.built = all(r["built"] for r in runs.values())
        report.binary = next((r["binary"] for r in runs.values() if r["binary"]), None)
        report.verified = False if False in checked else (True if all(checked) else None)
        report.rust_exit = next(
            (r["rust_exit"] for r in runs.values() if r["rust_exit"] is not None), None
        )
        report.diff = "\n".join(f"[{t}]\n{r['diff']}" for t, r in runs.items() if r["diff"])


def _write_contracts(out: Path, contracts: pa.Table) -> None:
    _write_parquet(out / "contracts.parquet", contracts)


def _write_parquet(path: Path, table: pa.Table) -> None:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    write_atomic(path, sink.getvalue().to_pybytes())

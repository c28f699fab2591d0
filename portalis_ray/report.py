"""The run report: one row per input file, totals and timings, as JSON, HTML and Arrow."""

from __future__ import annotations

import html
import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from portalis_ray import __version__
from portalis_ray.config import PortalisConfig
from portalis_ray.diagnostics import Diagnostic
from portalis_ray.schemas import REPORT_SCHEMA, diagnostics_from_rows, rows_to_table
from portalis_ray.workspace import write_atomic

if TYPE_CHECKING:
    from portalis_ray.build import CrateBuild
    from portalis_ray.ingest import SourceListing
    from portalis_ray.verify import RunComparison

OUTCOMES = ("translated", "failed", "skipped")


@dataclass
class FileReport:
    """What happened to one input file."""

    path: str  # as the user names it
    relpath: str  # relative to SRC
    outcome: str  # translated | failed | skipped
    reason: str = ""
    crate: str | None = None
    binary: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    units_total: int = 0
    units_translated: int = 0
    lines: int = 0
    size: int = 0
    backend: str = ""
    translate_ms: float = 0.0
    built: bool | None = None  # None: no build was attempted
    verified: bool | None = None  # None: no comparison was made
    python_exit: int | None = None
    rust_exit: int | None = None
    diff: str = ""

    def fail(self, reason: str, diagnostics: list[Diagnostic]) -> None:
        """Mark the file failed (keeps earlier diagnostics)."""
        self.outcome = "failed"
        self.reason = reason
        self.diagnostics.extend(diagnostics)

    def record_build(self, record: CrateBuild | None, root: Path, library: bool = False) -> None:
        """Take in the build of this file's crate (a failed build fails the file).

        ``library``: the file is a module of a package's library crate (no binary); it
        takes the crate's errors located in it, or one naming the crate."""
        self.built = bool(record and record.ok)
        if library:
            self.binary = None
            if not self.built:
                errors = [d for d in (record.diagnostics if record else []) if d.path == self.path]
                why = f"library crate {record.name if record else self.crate} does not compile"
                self.fail(why, errors or [Diagnostic(self.path, 1, 1, "build", why)])
            return
        if self.built and record is not None and record.binary is not None:
            self.binary = record.binary.relative_to(root).as_posix()
        else:
            self.binary = None
            self.fail("generated Rust does not compile", record.diagnostics if record else [])

    def record_run(self, result: RunComparison) -> None:
        """Take in the differential run (a mismatch fails the file)."""
        self.verified = result.verified
        self.python_exit = result.python.exit_code
        self.rust_exit = result.rust.exit_code
        self.diff = result.diff
        if not result.verified:
            self.fail("output differs from CPython", result.diagnostics)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (diagnostics as dicts)."""
        data = asdict(self)
        data["diagnostics"] = [d.to_dict() for d in self.diagnostics]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FileReport:
        """Inverse of :meth:`to_dict`."""
        data = dict(data)
        data["diagnostics"] = [Diagnostic.from_dict(d) for d in data.get("diagnostics", [])]
        return cls(**data)


def file_reports(listing: SourceListing, table: pa.Table) -> list[FileReport]:
    """One report row per listed file, from ingest decisions and the dataflow's rows."""
    rows = {row["path"]: row for row in table.to_pylist()}
    reports = []
    for listed in listing.files:
        row = rows.get(str(listed.path))
        if listed.status != "read":
            reports.append(
                FileReport(
                    listed.display,
                    listed.relpath,
                    listed.status,
                    listed.reason,
                    diagnostics=list(listed.diagnostics),
                    size=listed.size,
                )
            )
            continue
        if row is None:  # never expected; the report must still account for the file
            message = "the file was lost in the dataflow (no row came back)"
            reports.append(
                FileReport(
                    listed.display,
                    listed.relpath,
                    "failed",
                    message,
                    diagnostics=[Diagnostic(listed.display, 1, 1, "internal", message)],
                )
            )
            continue
        status = row["status"]
        reports.append(
            FileReport(
                listed.display,
                listed.relpath,
                "translated" if status == "translated" else status,
                row["reason"] or "",
                diagnostics=diagnostics_from_rows(row["diagnostics"]),
                units_total=row["units_total"],
                units_translated=row["units_translated"],
                lines=row["lines"],
                size=row["size"],
                backend=row["backend"] or "",
                translate_ms=row["translate_ms"] or 0.0,
            )
        )
    return reports


def throughput(files: list[FileReport], timings: dict[str, float]) -> dict[str, float]:
    """Lines per second of the translator and of the whole dataflow."""
    timed = [f for f in files if f.translate_ms]
    lines = sum(f.lines for f in timed)
    busy_s = sum(f.translate_ms for f in timed) / 1000.0
    wall_s = timings.get("dataflow_s", 0.0) + timings.get("projects_s", 0.0)
    return {
        "lines_translated": lines,
        # Per-core speed of the translator itself (time inside translate calls).
        "translate_lines_per_s": round(lines / busy_s, 1) if busy_s else 0.0,
        # End to end through the Ray dataflow (read, index, analyze, translate, collect)
        # and the project tasks.
        "dataflow_lines_per_s": round(lines / wall_s, 1) if wall_s else 0.0,
    }


def build_report(
    src: str | Path,
    out: Path,
    cfg: PortalisConfig,
    files: list[FileReport],
    timings: dict[str, float],
    build_info: dict[str, Any],
) -> dict[str, Any]:
    """The content of OUT/report.json."""
    return {
        "tool": "portalis-ray",
        "version": __version__,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "src": str(src),
        "out": str(out),
        "backend": cfg.translate.backend,
        "target": cfg.build.target,
        "ok": run_ok(files),
        "totals": totals(files),
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "throughput": throughput(files, timings),
        "build": build_info,
        "files": [f.to_dict() for f in files],
    }


def files_table(files: list[FileReport]) -> pa.Table:
    """The per-file report as an Arrow table (REPORT_SCHEMA)."""
    return rows_to_table([f.to_dict() for f in files], REPORT_SCHEMA, "report")


def totals(files: list[FileReport]) -> dict[str, int]:
    """Counts over all files."""
    counts = {outcome: sum(f.outcome == outcome for f in files) for outcome in OUTCOMES}
    return {
        "files": len(files),
        **counts,
        "built": sum(f.built is True for f in files),
        "verified": sum(f.verified is True for f in files),
        "mismatched": sum(f.verified is False for f in files),
        "lines": sum(f.lines for f in files),
        "lines_translated": sum(f.lines for f in files if f.crate is not None),
        "units_total": sum(f.units_total for f in files),
        "units_translated": sum(f.units_translated for f in files),
        "errors": sum(d.severity == "error" for f in files for d in f.diagnostics),
    }


def run_ok(files: list[FileReport]) -> bool:
    """True when no file failed and at least one was translated."""
    counts = totals(files)
    return counts["failed"] == 0 and counts["translated"] > 0


def diagnostic_lines(
    files: list[FileReport], severities: tuple[str, ...] = ("error", "warning")
) -> list[str]:
    """``path:line:col: severity[code]: message`` lines, in file order."""
    return [str(d) for f in files for d in f.diagnostics if d.severity in severities]


def write_report(out: Path, report: dict[str, Any]) -> None:
    """Write OUT/report.json and OUT/report.html atomically."""
    write_atomic(out / "report.json", json.dumps(report, indent=2) + "\n")
    write_atomic(out / "report.html", render_html(report))


def load_report(out: Path) -> dict[str, Any]:
    """Read OUT/report.json."""
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


_STATUS_STYLE = {"translated": "#dff0d8", "failed": "#f2dede", "skipped": "#f5f5f5"}


def _cell(value: Any) -> str:
    return "" if value is None else html.escape(str(value))


def render_html(report: dict[str, Any]) -> str:
    """A small self-contained HTML page with the per-file table."""
    rows = []
    for f in report["files"]:
        diags = "<br>".join(
            html.escape(f"{d['line']}:{d['col']} {d['severity']}[{d['code']}] {d['message']}")
            for d in f["diagnostics"]
        )
        check = {True: "yes", False: "NO", None: ""}
        rows.append(
            f'<tr style="background:{_STATUS_STYLE.get(f["outcome"], "#fff")}">'
            f"<td>{_cell(f['path'])}</td><td>{_cell(f['outcome'])}</td>"
            f"<td>{_cell(f['crate'])}</td><td>{f['units_translated']}/{f['units_total']}</td>"
            f"<td>{f['lines']}</td><td>{check[f['built']]}</td><td>{check[f['verified']]}</td>"
            f"<td>{_cell(f['reason'])}</td><td>{diags}</td></tr>"
        )
    totals_text = ", ".join(f"{k}: {v}" for k, v in report["totals"].items())
    return (
        "<!doctype html>\n<html><head><meta charset='utf-8'><title>Portalis-Ray report</title>"
        "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;font-size:13px}"
        "</style></head><body>\n"
        f"<h1>Portalis-Ray report</h1>\n<p>{html.escape(str(report['src']))} &rarr; "
        f"{html.escape(str(report['out']))} (backend {html.escape(report['backend'])})</p>\n"
        f"<p>{html.escape(totals_text)}</p>\n<table>\n"
        "<tr><th>file</th><th>outcome</th><th>crate</th><th>units</th><th>lines</th>"
        "<th>built</th><th>matches CPython</th><th>reason</th><th>diagnostics</th></tr>\n"
        + "\n".join(rows)
        + "\n</table></body></html>\n"
    )

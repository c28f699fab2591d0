"""Analyze stage: typed contracts of each module's top-level functions, as Arrow rows."""

from __future__ import annotations

import ast
import bisect
import time
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from portalis_ray.config import AnalyzeConfig
from portalis_ray.diagnostics import Diagnostic
from portalis_ray.ingest import PathNamer
from portalis_ray.schemas import (
    ANALYZED_SCHEMA,
    CONTRACT_TABLE_SCHEMA,
    INDEXED_SCHEMA,
    require_columns,
    rows_to_table,
)
from portalis_ray.translate.rules import FunctionContract, module_contracts

if TYPE_CHECKING:
    import ray.data


def module_name(relpath: str) -> str:
    """Dotted module name of a file relative to the SRC root (``pkg/__init__.py`` -> ``pkg``)."""
    parts = list(PurePosixPath(relpath).with_suffix("").parts)
    if len(parts) > 1 and parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def contract_row(contract: FunctionContract, module: str) -> dict[str, Any]:
    """One contract as an Arrow-ready dict (CONTRACT struct)."""
    return {
        "module": module,
        "name": contract.name,
        "kind": contract.kind,
        "params": [{"name": name, "type": typ} for name, typ in contract.params],
        "returns": contract.returns,
        "line": contract.line,
        "col": contract.col,
    }


def parse_units(row: dict[str, Any], display: str) -> tuple[ast.Module | None, list[Diagnostic]]:
    """The module parsed statement by statement, along the index's top-level units.

    Each unit is a small `ast.parse`; a syntax error in one is reported at its own line
    and the others still parse. None when the index has no units to go by (a file not
    in UTF-8: the spans are offsets into its original bytes)."""
    spans = row.get("statements") or []
    if not spans or (row.get("encoding") or "utf-8").lower().replace("_", "-") != "utf-8":
        return None, []
    data = row["text"].encode("utf-8")
    starts = row["line_starts"]
    body: list[ast.stmt] = []
    diagnostics: list[Diagnostic] = []
    for span in spans:
        start, end = span["start"], span["end"]
        first_line = bisect.bisect_right(starts, start)  # 1-based line of the unit
        try:
            unit = ast.parse(data[start:end].decode("utf-8"), filename=display)
        except (SyntaxError, ValueError, UnicodeDecodeError) as err:
            line = (getattr(err, "lineno", None) or 1) + first_line - 1
            col = getattr(err, "offset", None) or 1
            message = getattr(err, "msg", None) or str(err)
            diagnostics.append(Diagnostic(display, line, col, "syntax-error", message))
            continue
        ast.increment_lineno(unit, first_line - 1)
        body.extend(unit.body)
    return ast.Module(body=body, type_ignores=[]), diagnostics


def analyze_row(row: dict[str, Any], display: str) -> tuple[list[dict[str, Any]], list[Diagnostic]]:
    """Contracts of one indexed file; a failure becomes a warning, not a lost file."""
    if row["status"] != "pending" or row["text"] is None:
        return [], []
    module = module_name(row["relpath"])
    try:
        tree, _syntax = parse_units(row, display)  # syntax errors: reported by translate
        contracts = module_contracts(row["text"], display, tree)
    except Exception as err:  # translation can still succeed without contracts
        message = f"contracts unavailable: {type(err).__name__}: {err}"
        return [], [Diagnostic(display, 1, 1, "analyze", message, "warning")]
    return [contract_row(c, module) for c in contracts], []


def analyze_batch(batch: pa.Table, namer: PathNamer, enabled: bool = True) -> pa.Table:
    """Ray Data UDF: indexed rows -> the same rows with their typed contracts (ANALYZED_SCHEMA)."""
    require_columns(batch, INDEXED_SCHEMA, "analyze")
    rows = []
    for row in batch.to_pylist():
        started = time.perf_counter()
        contracts, diagnostics = (
            analyze_row(row, namer.display(row["path"])) if enabled else ([], [])
        )
        row["contracts"] = contracts
        row["diagnostics"] = row["diagnostics"] + [d.to_dict() for d in diagnostics]
        row["analyze_ms"] = (time.perf_counter() - started) * 1000.0
        rows.append(row)
    return rows_to_table(rows, ANALYZED_SCHEMA, "analyze")


def analyze_stage(ds: ray.data.Dataset, cfg: AnalyzeConfig, namer: PathNamer) -> ray.data.Dataset:
    """Add the analyze stage (stateless tasks with fractional CPUs) to the dataflow."""
    return ds.map_batches(
        analyze_batch,
        fn_kwargs={"namer": namer, "enabled": cfg.enabled},
        batch_format="pyarrow",
        num_cpus=cfg.num_cpus,
        batch_size=cfg.batch_size,
    )


def contracts_table(translated: pa.Table) -> pa.Table:
    """Flatten the per-file ``contracts`` column into one row per contract."""
    rows = [
        {"path": relpath, **contract}
        for relpath, contracts in zip(
            translated.column("relpath").to_pylist(),
            translated.column("contracts").to_pylist(),
            strict=True,
        )
        for contract in contracts or ()
    ]
    return rows_to_table(rows, CONTRACT_TABLE_SCHEMA, "analyze")

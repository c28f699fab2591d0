"""Translate stage: run the configured backend on every analyzed module (Ray Data actors)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from portalis_ray.config import TranslateConfig
from portalis_ray.diagnostics import Diagnostic
from portalis_ray.ingest import PathNamer
from portalis_ray.schemas import ANALYZED_SCHEMA, TRANSLATED_SCHEMA, require_columns, rows_to_table
from portalis_ray.translate.rules import RulesResult, translate_module

if TYPE_CHECKING:
    import ray.data

Backend = Callable[[str, str, str], RulesResult]

LLM_UNAVAILABLE = (
    "the llm backend is not available yet (it comes with the LLM translation service); "
    "use --backend rules"
)


def _rules(source: str, path: str, script_name: str) -> RulesResult:
    return translate_module(source, path, script_name)


def _llm(source: str, path: str, script_name: str) -> RulesResult:
    return RulesResult(
        rust=None, diagnostics=[Diagnostic(path, 1, 1, "backend-unavailable", LLM_UNAVAILABLE)]
    )


def _auto(source: str, path: str, script_name: str) -> RulesResult:
    result = _rules(source, path, script_name)
    if not result.ok:
        note = "auto: " + LLM_UNAVAILABLE.replace("use --backend rules", "kept the rules result")
        result.diagnostics.append(Diagnostic(path, 1, 1, "backend-unavailable", note, "note"))
    return result


BACKENDS: dict[str, Backend] = {"rules": _rules, "llm": _llm, "auto": _auto}


def translate_source_text(source: str, display: str, script_name: str, backend: str) -> RulesResult:
    """Translate one module with ``backend``; a crash of the backend becomes a diagnostic."""
    try:
        return BACKENDS[backend](source, display, script_name)
    except RecursionError:
        message = "translator recursion limit reached (expression nested too deeply)"
    except Exception as err:  # a translator bug must cost one file, not the run
        message = f"translator crashed: {type(err).__name__}: {err}"
    return RulesResult(rust=None, diagnostics=[Diagnostic(display, 1, 1, "internal", message)])


def _failure_reason(result: RulesResult) -> str:
    errors = [d for d in result.diagnostics if d.severity == "error"]
    first = errors[0] if errors else None
    if first is None:
        return "translation failed without a diagnostic"
    more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{first.line}:{first.col}: {first.message}{more}"


class ModuleTranslator:
    """Ray Data UDF (actor): analyzed rows -> translated rows (TRANSLATED_SCHEMA)."""

    def __init__(self, namer: PathNamer, backend: str) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown backend {backend!r}; expected one of {sorted(BACKENDS)}")
        self.namer = namer
        self.backend = backend

    def __call__(self, batch: pa.Table) -> pa.Table:
        """Translate every pending file of the batch."""
        require_columns(batch, ANALYZED_SCHEMA, "translate")
        keep = TRANSLATED_SCHEMA.names
        rows = []
        for row in batch.to_pylist():
            out = {name: row.get(name) for name in keep}
            out.update(self._translate(row))
            rows.append(out)
        return rows_to_table(rows, TRANSLATED_SCHEMA, "translate")

    def _translate(self, row: dict[str, Any]) -> dict[str, Any]:
        untouched = {
            "units_total": row["units"],
            "units_translated": 0,
            "backend": "",
            "rust": None,
            "translate_ms": 0.0,
        }
        if row["status"] != "pending":
            return untouched
        display = self.namer.display(row["path"])
        script_name = PurePosixPath(row["relpath"]).name
        started = time.perf_counter()
        result = translate_source_text(row["text"], display, script_name, self.backend)
        elapsed = (time.perf_counter() - started) * 1000.0
        return {
            "status": "translated" if result.ok else "failed",
            "reason": "" if result.ok else _failure_reason(result),
            "diagnostics": row["diagnostics"] + [d.to_dict() for d in result.diagnostics],
            "units_total": result.units_total or row["units"],
            "units_translated": result.units_translated,
            "backend": self.backend,
            "rust": result.rust,
            "translate_ms": elapsed,
        }


def translate_stage(
    ds: ray.data.Dataset, cfg: TranslateConfig, namer: PathNamer
) -> ray.data.Dataset:
    """Add the translate stage: an actor pool of :class:`ModuleTranslator`."""
    import ray.data

    return ds.map_batches(
        ModuleTranslator,
        fn_constructor_kwargs={"namer": namer, "backend": cfg.backend},
        compute=ray.data.ActorPoolStrategy(size=cfg.actors),
        num_cpus=cfg.num_cpus,
        batch_size=cfg.batch_size,
        batch_format="pyarrow",
    )

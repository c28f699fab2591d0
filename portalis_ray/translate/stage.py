"""Translate stage: run the configured backend on every analyzed module (Ray Data actors)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, Protocol

import pyarrow as pa

from portalis_ray.config import LLMConfig, TranslateConfig
from portalis_ray.diagnostics import Diagnostic
from portalis_ray.ingest import PathNamer
from portalis_ray.schemas import ANALYZED_SCHEMA, TRANSLATED_SCHEMA, require_columns, rows_to_table
from portalis_ray.translate.llm.prompt import TranslationUnit
from portalis_ray.translate.llm.repair import RepairOutcome
from portalis_ray.translate.llm.route import choose_route, merge, serve_missing, unit_from_rules
from portalis_ray.translate.rules import RulesResult, translate_module

if TYPE_CHECKING:
    import ray.data

Backend = Callable[..., RulesResult]  # (source, path, script_name[, route]) -> result

LLM_UNAVAILABLE = "the llm backend is not available yet: {reason}; use --backend rules"


class LLMRoute(Protocol):
    """Something that runs the repair loop for one unit (a Serve handle, a local engine)."""

    def translate(self, unit: TranslationUnit) -> RepairOutcome:
        """The repair loop's outcome."""
        ...


@dataclass(frozen=True)
class ModelUnavailable:
    """Stands in for a route when the model cannot be reached, and says why."""

    reason: str


def _rules(source: str, path: str, script_name: str) -> RulesResult:
    return translate_module(source, path, script_name)


def _default_route() -> LLMRoute | ModelUnavailable:
    # One snippet outside a pipeline (portalis_ray.translate_source): a running app's model only.
    from portalis_ray.translate.llm.route import ServeRoute

    cfg = LLMConfig()
    missing = serve_missing(cfg)
    return ModelUnavailable(missing) if missing else ServeRoute(cfg)


def _with_model(
    result: RulesResult,
    source: str,
    path: str,
    script_name: str,
    route: LLMRoute | ModelUnavailable | None,
) -> RulesResult:
    route = route or _default_route()
    if isinstance(route, ModelUnavailable):
        message = LLM_UNAVAILABLE.format(reason=route.reason)
        return RulesResult(
            None,
            [*result.diagnostics, Diagnostic(path, 1, 1, "backend-unavailable", message)],
            result.units_total,
            0,
            result.contracts,
        )
    unit = unit_from_rules(result, source, path, script_name)
    return merge(result, route.translate(unit), path)


def _llm(
    source: str, path: str, script_name: str, route: LLMRoute | ModelUnavailable | None = None
) -> RulesResult:
    return _with_model(_rules(source, path, script_name), source, path, script_name, route)


def _auto(
    source: str, path: str, script_name: str, route: LLMRoute | ModelUnavailable | None = None
) -> RulesResult:
    result = _rules(source, path, script_name)
    if result.ok:
        return result
    route = route or _default_route()
    if isinstance(route, ModelUnavailable):  # keep the rules' answer; say why the model was not
        note = f"auto: the llm backend is not available yet ({route.reason}); kept the rules result"
        result.diagnostics.append(Diagnostic(path, 1, 1, "backend-unavailable", note, "note"))
        return result
    return _with_model(result, source, path, script_name, route)


BACKENDS: dict[str, Backend] = {"rules": _rules, "llm": _llm, "auto": _auto}


def translate_source_text(
    source: str,
    display: str,
    script_name: str,
    backend: str,
    route: LLMRoute | ModelUnavailable | None = None,
) -> RulesResult:
    """Translate one module with ``backend``; a crash of the backend becomes a diagnostic."""
    try:
        if route is not None and backend != "rules":
            return BACKENDS[backend](source, display, script_name, route)
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

    def __init__(
        self,
        namer: PathNamer,
        backend: str,
        llm: LLMConfig | None = None,
        llm_unavailable: str = "",
    ) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown backend {backend!r}; expected one of {sorted(BACKENDS)}")
        self.namer = namer
        self.backend = backend
        self.route: LLMRoute | ModelUnavailable | None = None
        if llm_unavailable:
            self.route = ModelUnavailable(llm_unavailable)
        elif llm is not None and backend != "rules":
            from portalis_ray.translate.llm.route import ServeRoute

            self.route = ServeRoute(llm)

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
        result = translate_source_text(row["text"], display, script_name, self.backend, self.route)
        elapsed = (time.perf_counter() - started) * 1000.0
        return self._output(row, result, elapsed)

    def _output(self, row: dict[str, Any], result: RulesResult, elapsed: float) -> dict[str, Any]:
        return {
            "status": "translated" if result.ok else "failed",
            "reason": "" if result.ok else _failure_reason(result),
            "diagnostics": row["diagnostics"] + [d.to_dict() for d in result.diagnostics],
            "units_total": result.units_total or row["units"],
            "units_translated": result.units_translated,
            "backend": getattr(result, "backend", "rules") if result.ok else self.backend,
            "rust": result.rust,
            "translate_ms": elapsed,
        }


class EngineModuleTranslator(ModuleTranslator):
    """Ray Data UDF (actor) holding ``vllm.LLM``: rules first, then one repair loop per module
    the model must translate, all open loops sharing one ``generate`` call per round."""

    def __init__(self, namer: PathNamer, backend: str, llm: LLMConfig) -> None:
        super().__init__(namer, backend)
        from portalis_ray.translate.llm.check import CandidateChecker
        from portalis_ray.translate.llm.engine import BatchEngine

        self.cfg = llm
        self.engine = BatchEngine(llm)
        self.checker = CandidateChecker(llm)

    def __call__(self, batch: pa.Table) -> pa.Table:
        """Translate every pending file of the batch; the model gets what rules reject."""
        from portalis_ray.translate.llm.repair import RepairLoop, repair_batch

        require_columns(batch, ANALYZED_SCHEMA, "translate")
        keep = TRANSLATED_SCHEMA.names
        rows = batch.to_pylist()
        outputs: list[dict[str, Any]] = [{n: r.get(n) for n in keep} for r in rows]
        open_loops: list[tuple[int, RulesResult, str, float, RepairLoop]] = []
        for i, row in enumerate(rows):
            if row["status"] != "pending":
                outputs[i].update(self._untouched(row))
                continue
            display = self.namer.display(row["path"])
            script = PurePosixPath(row["relpath"]).name
            started = time.perf_counter()
            result = translate_source_text(row["text"], display, script, "rules")
            elapsed = (time.perf_counter() - started) * 1000.0
            if result.ok and self.backend == "auto":
                outputs[i].update(self._output(row, result, elapsed))
                continue
            unit = unit_from_rules(result, row["text"], display, script, row.get("contracts"))
            loop = RepairLoop(
                unit,
                self.checker,
                self.engine.fitter.render,
                self.cfg.max_attempts,
                self.cfg.max_prompt_chars,
            )
            open_loops.append((i, result, display, elapsed, loop))
        started = time.perf_counter()
        outcomes = repair_batch(
            [entry[-1] for entry in open_loops],
            lambda prompts: self.engine.generate(prompts, self.cfg.temperature),
        )
        share = (time.perf_counter() - started) * 1000.0 / max(1, len(open_loops))
        for (i, result, display, elapsed, _), outcome in zip(open_loops, outcomes, strict=True):
            merged = merge(result, outcome, display)
            outputs[i].update(self._output(rows[i], merged, elapsed + share))
        return rows_to_table(outputs, TRANSLATED_SCHEMA, "translate")

    def _untouched(self, row: dict[str, Any]) -> dict[str, Any]:
        return {
            "units_total": row["units"],
            "units_translated": 0,
            "backend": "",
            "rust": None,
            "translate_ms": 0.0,
        }


def translate_stage(
    ds: ray.data.Dataset, cfg: TranslateConfig, namer: PathNamer
) -> ray.data.Dataset:
    """Add the translate stage: an actor pool of :class:`ModuleTranslator`; for llm/auto with
    ``translate.llm.via`` = data (or auto without a running app), :class:`EngineModuleTranslator`
    actors holding a vLLM engine."""
    import ray.data

    from portalis_ray.translate.llm.engine import EngineUnavailable, require_engine

    udf: type[ModuleTranslator] = ModuleTranslator
    kwargs: dict[str, Any] = {"namer": namer, "backend": cfg.backend}
    size, num_cpus, extra = cfg.actors, cfg.num_cpus, {}
    if cfg.backend != "rules":
        kwargs["llm"] = cfg.llm
        if choose_route(cfg.llm) == "serve":
            kwargs["llm_unavailable"] = serve_missing(cfg.llm)
        else:
            try:
                require_engine(cfg.llm)
            except EngineUnavailable as err:  # every module reports it, with the fix
                kwargs["llm_unavailable"] = str(err)
            else:
                udf = EngineModuleTranslator
                size, num_cpus = cfg.llm.actors, cfg.llm.num_cpus
                if cfg.llm.num_gpus:
                    extra["num_gpus"] = cfg.llm.num_gpus
    return ds.map_batches(
        udf,
        fn_constructor_kwargs=kwargs,
        compute=ray.data.ActorPoolStrategy(size=size),
        num_cpus=num_cpus,
        batch_size=cfg.batch_size,
        batch_format="pyarrow",
        **extra,
    )

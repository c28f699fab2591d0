"""How the batch pipeline reaches the model: a running Serve app's LLM deployment, or a Ray
Data actor holding ``vllm.LLM`` (``translate.llm.via``), and merging answers into rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from portalis_ray.config import LLMConfig
from portalis_ray.diagnostics import Diagnostic
from portalis_ray.translate.llm.prompt import TranslationUnit, problems_of
from portalis_ray.translate.llm.repair import RepairOutcome
from portalis_ray.translate.rules import RulesResult

LLM_DEPLOYMENT = "LLMTranslator"


@dataclass
class LLMResult(RulesResult):
    """A module result that says which backend produced its Rust."""

    backend: str = "llm"


def unit_from_rules(
    result: RulesResult,
    source: str,
    path: str,
    script_name: str,
    contracts: Sequence[Any] = (),
) -> TranslationUnit:
    """The unit the model gets: the rules draft (if any), why it was rejected, the contracts."""
    return TranslationUnit(
        source=source,
        path=path,
        script_name=script_name,
        contracts=list(contracts) or list(result.contracts),
        draft=result.rust,
        draft_problems=problems_of(result.diagnostics) or ["(llm backend: the draft is a hint)"],
    )


def merge(result: RulesResult, outcome: RepairOutcome, path: str) -> RulesResult:
    """The module's result after the model: its Rust when accepted, every attempt reported."""
    if outcome.rust is None:
        return RulesResult(
            result.rust,
            result.diagnostics + outcome.diagnostics,
            result.units_total,
            result.units_translated,
            result.contracts,
        )
    # The model replaced what the rules refused: their errors become notes on the file.
    kept = [
        Diagnostic(d.path, d.line, d.col, d.code, f"rules: {d.message}", "note")
        if d.severity == "error"
        else d
        for d in result.diagnostics
    ]
    units = result.units_total
    accepted = Diagnostic(
        path,
        1,
        1,
        "llm-accepted",
        f"translated by the llm backend in {len(outcome.attempts)} attempt(s), "
        f"confidence {outcome.confidence:.2f}",
        "note",
    )
    diagnostics = [*kept, *outcome.diagnostics, accepted]
    return LLMResult(outcome.rust, diagnostics, units, units, result.contracts)


class ServeRoute:
    """Calls the LLM deployment of a running Serve app (blocking; used inside Ray actors)."""

    def __init__(self, cfg: LLMConfig, timeout_s: float = 600.0) -> None:
        self.cfg = cfg
        self.timeout_s = timeout_s
        self._handle: Any = None

    def translate(self, unit: TranslationUnit) -> RepairOutcome:
        """The repair loop's outcome for ``unit``, run by the deployment."""
        from ray import serve

        if self._handle is None:
            self._handle = serve.get_deployment_handle(LLM_DEPLOYMENT, self.cfg.serve_app)
        response = self._handle.repair.remote(unit, self.cfg.temperature)
        return response.result(timeout_s=self.timeout_s)


def llm_serving(cfg: LLMConfig) -> bool:
    """True when the Serve app ``translate.llm.serve_app`` runs with its LLM deployment."""
    from portalis_ray.serve.app import app_running

    return app_running(cfg.serve_app, LLM_DEPLOYMENT)


def choose_route(cfg: LLMConfig) -> str:
    """``serve`` or ``data`` for ``translate.llm.via`` (auto: serve when the app's LLM
    deployment is running)."""
    if cfg.via != "auto":
        return cfg.via
    return "serve" if llm_serving(cfg) else "data"


def serve_missing(cfg: LLMConfig) -> str:
    """Why the serve route cannot be used, or '' when it can."""
    if llm_serving(cfg):
        return ""
    return (
        f"no Serve app {cfg.serve_app!r} with an LLM deployment is running on this Ray "
        "(start `portalis serve` with translate.llm.model set, or set translate.llm.via: "
        "data)"
    )


def contracts_of(row: Mapping[str, Any]) -> list[Any]:
    """The analyze stage's contracts of a row (CONTRACT dicts)."""
    return list(row.get("contracts") or [])

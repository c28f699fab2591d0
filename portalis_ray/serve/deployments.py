"""The backend deployments: rules (CPU) and LLM (a vLLM ``AsyncLLM`` engine per replica)."""

from __future__ import annotations

import asyncio
from typing import Any

from ray import serve

from portalis_ray.config import LLMConfig
from portalis_ray.translate.llm.check import CandidateChecker, Verification
from portalis_ray.translate.llm.engine import AsyncEngine
from portalis_ray.translate.llm.prompt import TranslationUnit
from portalis_ray.translate.llm.repair import RepairLoop, RepairOutcome, repair_async


@serve.deployment(name="RulesVerifier")
class RulesVerifier:
    """The rules deployment (CPU): compiles the rules backend's Rust in the sandbox and runs it
    against CPython. The translation itself happens in the ingress (see ``serve.rules``)."""

    def __init__(self, llm_cfg: dict[str, Any]) -> None:
        self.checker = CandidateChecker(LLMConfig.model_validate(llm_cfg))

    async def verify(self, rust: str, source: str, name: str, target: str) -> Verification:
        """Compile ``rust`` (and run it when the module runs); blocking work in a thread."""
        return await asyncio.to_thread(self.checker.verify, rust, source, name, target)

    def health(self) -> str:
        """Readiness probe."""
        return "up"

    def __del__(self) -> None:
        checker = getattr(self, "checker", None)
        if checker is not None:
            checker.close()


@serve.deployment(name="LLMTranslator")
class LLMTranslator:
    """The repair loop around one vLLM ``AsyncLLM`` engine."""

    def __init__(self, llm_cfg: dict[str, Any]) -> None:
        self.cfg = LLMConfig.model_validate(llm_cfg)
        self.engine = AsyncEngine(self.cfg)
        self.checker = CandidateChecker(self.cfg)

    async def repair(self, unit: TranslationUnit, temperature: float | None) -> RepairOutcome:
        """Run the bounded repair loop for one unit."""
        temp = self.cfg.temperature if temperature is None else temperature
        loop = RepairLoop(
            unit,
            self.checker,
            self.engine.fitter.render,
            self.cfg.max_attempts,
            self.cfg.max_prompt_chars,
        )
        return await repair_async(loop, lambda prompt: self.engine.generate(prompt, temp))

    def engine_calls(self) -> int:
        """How many times this replica called its engine (observability and tests)."""
        return self.engine.calls

    def health(self) -> str:
        """Readiness probe."""
        return "up"

    def __del__(self) -> None:
        engine = getattr(self, "engine", None)
        if engine is not None:
            engine.shutdown()
        checker = getattr(self, "checker", None)
        if checker is not None:
            checker.close()

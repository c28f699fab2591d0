"""The LLM backend: prompts from contracts, a vLLM engine, and a compiler-checked repair loop."""

from portalis_ray.translate.llm.check import CandidateChecker, Verification, is_runnable
from portalis_ray.translate.llm.confidence import confidence
from portalis_ray.translate.llm.prompt import TranslationUnit, build_messages, cut_candidate
from portalis_ray.translate.llm.repair import RepairLoop, RepairOutcome

__all__ = [
    "CandidateChecker",
    "RepairLoop",
    "RepairOutcome",
    "TranslationUnit",
    "Verification",
    "build_messages",
    "confidence",
    "cut_candidate",
    "is_runnable",
]

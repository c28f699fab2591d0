"""The service's rules pass: the deterministic translator, run where the request arrives.

An unchecked rules translation of a 50-line function costs about 6 ms of CPU, less than a Serve
hop; the ingress replica runs it itself and only checked work (compile, CPython run) goes to the
rules deployment. ``translate_module`` also pipes its output through a ``rustfmt`` process
(15-30 ms each, more than the translation); the service runs that pass only when a request asks
(``rustfmt: true``): the emitter's output is already indented, rustfmt only rewraps long lines.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from portalis_ray.diagnostics import Diagnostic
from portalis_ray.translate.llm.check import Verification
from portalis_ray.translate.rules import FunctionContract, translate_module


@dataclass
class RulesPass:
    """The rules backend's answer for one snippet and what was verified about it."""

    rust: str | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    contracts: list[FunctionContract] = field(default_factory=list)
    verification: Verification | None = None  # None: not checked
    ms: float = 0.0

    @property
    def accepted(self) -> bool:
        """Translated, and (when checked) compiled and matched CPython."""
        return self.rust is not None and (self.verification is None or self.verification.accepted)


def rules_pass(source: str, name: str, rustfmt: bool) -> RulesPass:
    """Translate one snippet with the rules backend (``rustfmt``: format the Rust too)."""
    started = time.perf_counter()
    try:
        result = translate_module(source, name, name, rustfmt_output=rustfmt)
    except RecursionError:
        diag = Diagnostic(name, 1, 1, "too-deep", "expression nesting too deep to translate")
        return RulesPass(None, [diag], ms=(time.perf_counter() - started) * 1000.0)
    except Exception as err:  # a translator bug costs this snippet, not the replica
        message = f"translator crashed: {type(err).__name__}: {err}"
        diag = Diagnostic(name, 1, 1, "internal", message)
        return RulesPass(None, [diag], ms=(time.perf_counter() - started) * 1000.0)
    ms = (time.perf_counter() - started) * 1000.0
    return RulesPass(result.rust, result.diagnostics, result.contracts, None, ms)

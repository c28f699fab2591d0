"""Confidence of a translation, computed from what was verified (never a constant).

    confidence = evidence x backend_weight x REPAIR_DECAY ** repairs

evidence (what the checks established):
    0.0   no code, it does not compile, or it prints/exits differently from CPython
    0.3   code produced but not compiled (the caller asked for no checks)
    0.6   compiles; the module has nothing to run (or the run was not possible)
    0.95  compiles and its run matched CPython's stdout bytes and exit status
backend_weight: rules 1.0 (deterministic, tested against CPython), llm 0.85 (a model's
    output that passes the same checks has been verified on fewer behaviours)
repairs: model attempts after the first (each fed the previous compiler errors), 0.9 each.

So: rules + compiled + matched = 0.95; rules + compiled, nothing to run = 0.6;
llm first try + compiled + matched = 0.81; llm after two repairs, compiled only = 0.41.
"""

from __future__ import annotations

from portalis_ray.translate.llm.check import Verification

BACKEND_WEIGHT = {"rules": 1.0, "llm": 0.85}
REPAIR_DECAY = 0.9
EVIDENCE = {"unchecked": 0.3, "compiled": 0.6, "matched": 0.95}


def evidence(verification: Verification | None, has_code: bool) -> float:
    """The evidence term of the formula above."""
    if not has_code:
        return 0.0
    if verification is None or verification.compiled is None:
        return EVIDENCE["unchecked"]
    if not verification.accepted:
        return 0.0
    return EVIDENCE["matched" if verification.differential == "passed" else "compiled"]


def confidence(
    backend: str, verification: Verification | None, has_code: bool, repairs: int = 0
) -> float:
    """Confidence in [0, 1] of one translation (see the module docstring for the formula)."""
    weight = BACKEND_WEIGHT.get(backend, 0.0)
    value = evidence(verification, has_code) * weight * REPAIR_DECAY ** max(0, repairs)
    return round(value, 4)

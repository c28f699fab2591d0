"""The bounded repair loop: prompt -> model answer -> cut -> compile (+ run) -> feed errors back.

:class:`RepairLoop` is one unit's state machine; the caller drives it with whatever engine it
holds: :func:`repair_async` (Serve replica with ``AsyncLLM``) or :func:`repair_batch` (Ray
Data actor with ``vllm.LLM``, one ``generate`` call per round for every unit still open).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from portalis_ray.diagnostics import Diagnostic
from portalis_ray.translate.llm.check import CandidateChecker, Verification
from portalis_ray.translate.llm.confidence import confidence
from portalis_ray.translate.llm.prompt import (
    Feedback,
    TranslationUnit,
    build_messages,
    cut_candidate,
)

Render = Callable[[list[dict[str, str]]], str]
_CANDIDATE_KEEP = 4000  # characters of a rejected candidate kept in the report


@dataclass
class Attempt:
    """One model attempt and why it was accepted or rejected."""

    number: int
    prompt_chars: int
    generate_ms: float
    candidate: str | None
    verification: Verification | None
    note: str = ""
    prompt: str = ""

    @property
    def accepted(self) -> bool:
        """Compiled and (where it ran) matched CPython."""
        return self.verification is not None and self.verification.accepted

    def to_dict(self, with_prompt: bool = False) -> dict[str, Any]:
        """JSON-ready form; a rejected candidate is kept (cut) with its errors."""
        v = self.verification
        candidate = self.candidate
        if candidate is not None and not self.accepted:
            candidate = candidate[:_CANDIDATE_KEEP]
        return {
            "backend": "llm",
            "number": self.number,
            "accepted": self.accepted,
            "compiled": v.compiled if v else False,
            "differential": v.differential if v else "skipped",
            "errors": (v.errors if v else [self.note]) if not self.accepted else [],
            "note": self.note,
            "candidate": None if self.accepted else candidate,
            "prompt_chars": self.prompt_chars,
            "generate_ms": round(self.generate_ms, 1),
            "compile_ms": round(v.compile_ms, 1) if v else 0.0,
            **({"prompt": self.prompt} if with_prompt else {}),
        }


@dataclass
class RepairOutcome:
    """What the loop produced for one unit."""

    rust: str | None
    attempts: list[Attempt] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def accepted(self) -> Attempt | None:
        """The accepted attempt, if any."""
        return next((a for a in self.attempts if a.accepted), None)

    @property
    def repairs(self) -> int:
        """Attempts after the first."""
        return max(0, len(self.attempts) - 1)

    @property
    def confidence(self) -> float:
        """Confidence of the accepted candidate (0 when none was accepted)."""
        best = self.accepted
        if best is None:
            return 0.0
        return confidence("llm", best.verification, True, self.repairs)

    def metrics(self) -> dict[str, float]:
        """Totals over the attempts."""
        return {
            "attempts": len(self.attempts),
            "repairs": self.repairs,
            "generate_ms": round(sum(a.generate_ms for a in self.attempts), 1),
            "compile_ms": round(
                sum(a.verification.compile_ms for a in self.attempts if a.verification), 1
            ),
            "run_ms": round(sum(a.verification.run_ms for a in self.attempts if a.verification), 1),
        }


class RepairLoop:
    """One unit's loop, at most ``max_attempts`` model answers; accepted only when verified."""

    def __init__(
        self,
        unit: TranslationUnit,
        checker: CandidateChecker,
        render: Render,
        max_attempts: int,
        max_prompt_chars: int,
    ) -> None:
        self.unit = unit
        self.checker = checker
        self.render = render
        self.max_attempts = max_attempts
        self.max_prompt_chars = max_prompt_chars
        self.attempts: list[Attempt] = []
        self._feedback: Feedback | None = None
        self._prompt = ""

    @property
    def done(self) -> bool:
        """Accepted, or out of attempts."""
        return bool(self.attempts and self.attempts[-1].accepted) or (
            len(self.attempts) >= self.max_attempts
        )

    def next_prompt(self) -> str | None:
        """The prompt of the next attempt, or None when the loop is done."""
        if self.done:
            return None
        messages = build_messages(self.unit, self._feedback, self.max_prompt_chars)
        self._prompt = self.render(messages)
        return self._prompt

    def submit(self, answer: str | None, generate_ms: float, failure: str = "") -> Attempt:
        """Check the model's ``answer`` to the last prompt (``failure``: the engine refused)."""
        number, size = len(self.attempts) + 1, len(self._prompt)
        if answer is None:
            attempt = Attempt(number, size, generate_ms, None, None, failure, self._prompt)
            self._feedback = Feedback(None, [failure])
            self.attempts.append(attempt)
            return attempt
        candidate, note = cut_candidate(answer)
        if candidate is None:
            attempt = Attempt(number, size, generate_ms, None, None, note, self._prompt)
            self._feedback = Feedback(None, [note])
        else:
            verification = self.checker.verify(
                candidate, self.unit.source, self.unit.script_name, self.unit.target
            )
            attempt = Attempt(
                number, size, generate_ms, candidate, verification, note, self._prompt
            )
            self._feedback = Feedback(candidate, verification.errors or ["rejected"])
        self.attempts.append(attempt)
        return attempt

    def outcome(self) -> RepairOutcome:
        """The result: the accepted candidate, or every rejected one with its errors."""
        best = next((a for a in self.attempts if a.accepted), None)
        diagnostics = []
        for a in self.attempts:
            if a.accepted:
                continue
            why = a.verification.errors[0] if a.verification and a.verification.errors else a.note
            first = (why or "rejected").splitlines()[0]
            diagnostics.append(
                Diagnostic(
                    self.unit.path,
                    1,
                    1,
                    "llm-rejected",
                    f"llm attempt {a.number} rejected: {first}",
                    "note",
                )
            )
        if best is None:
            diagnostics.append(
                Diagnostic(
                    self.unit.path,
                    1,
                    1,
                    "llm-failed",
                    f"llm backend: no candidate compiled and matched CPython in "
                    f"{len(self.attempts)} attempt(s)",
                )
            )
        return RepairOutcome(best.candidate if best else None, list(self.attempts), diagnostics)


async def repair_async(
    loop: RepairLoop, generate: Callable[[str], Awaitable[str]]
) -> RepairOutcome:
    """Drive one loop with an async engine; compiles run in a worker thread."""
    while (prompt := loop.next_prompt()) is not None:
        started = time.perf_counter()
        try:
            answer, failure = await generate(prompt), ""
        except ValueError as err:  # e.g. a prompt longer than the model's context
            answer, failure = None, f"the engine refused the prompt: {err}"
        ms = (time.perf_counter() - started) * 1000.0
        await asyncio.to_thread(loop.submit, answer, ms, failure)
    return loop.outcome()


def repair_batch(
    loops: Sequence[RepairLoop], generate: Callable[[list[str]], list[str | None]]
) -> list[RepairOutcome]:
    """Drive many loops with a batch engine: one ``generate`` call per round for all open units."""
    while True:
        pending = [(loop, p) for loop in loops if (p := loop.next_prompt()) is not None]
        if not pending:
            return [loop.outcome() for loop in loops]
        started = time.perf_counter()
        answers = generate([p for _, p in pending])
        ms = (time.perf_counter() - started) * 1000.0 / len(pending)
        for (loop, _), answer in zip(pending, answers, strict=True):
            failure = "" if answer is not None else "the engine refused the prompt (too long?)"
            loop.submit(answer, ms, failure)

"""Prompts for the model (contract + source + rules draft + compiler errors) and the answer cut."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from portalis_ray.diagnostics import Diagnostic
from portalis_ray.translate.rules import FunctionContract

SYSTEM = (
    "You translate Python modules into Rust. Answer with one ```rust code block holding a "
    "complete src/main.rs. It must build offline with Rust 1.63 (edition 2018), use only std "
    "and the `pyrt` runtime crate (`use pyrt::prelude::*;`), contain no unsafe code, and the "
    "binary must print exactly what the Python prints and exit with the same status."
)

_FENCE = re.compile(r"```[ \t]*([\w+-]*)[ \t]*\n(.*?)(?:```|\Z)", re.S)
_RUST_TAGS = {"rust", "rs"}


@dataclass
class TranslationUnit:
    """One module to translate with the model, and what is known about it."""

    source: str
    path: str  # how diagnostics name it
    script_name: str
    contracts: list[FunctionContract | Mapping[str, Any]] = field(default_factory=list)
    draft: str | None = None  # the rules backend's Rust, when it produced any
    draft_problems: list[str] = field(default_factory=list)  # why the draft was not accepted
    target: str = "native"


@dataclass(frozen=True)
class Feedback:
    """What the previous attempt produced and why it was rejected."""

    candidate: str | None
    errors: list[str]


def contract_lines(contracts: Iterable[FunctionContract | Mapping[str, Any]]) -> list[str]:
    """Python-typed signatures, one per function (``def f(x: int) -> int  # line 3``)."""
    lines = []
    for c in contracts:
        if isinstance(c, FunctionContract):
            name, params, returns, line = c.name, c.params, c.returns, c.line
        else:
            name, returns, line = c["name"], c["returns"], c["line"]
            params = [(p["name"], p["type"]) for p in c["params"]]
        args = ", ".join(f"{p}: {t}" for p, t in params)
        lines.append(f"def {name}({args}) -> {returns}  # line {line}")
    return lines


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    keep = max(0, limit - 40)
    return text[:keep] + f"\n... ({len(text) - keep} characters cut)"


def build_messages(
    unit: TranslationUnit, feedback: Feedback | None, max_chars: int
) -> list[dict[str, str]]:
    """Chat messages for one attempt, cut to ``max_chars`` (optional parts shrink first)."""
    contracts = "\n".join(contract_lines(unit.contracts)) or "(no functions)"
    head = (
        f"Translate the Python module `{unit.script_name}` into the Rust src/main.rs of a "
        f"binary.\n\nTyped contract of its functions (inferred by analysis):\n{contracts}\n\n"
    )
    source = f"Python source:\n```python\n{unit.source.rstrip()}\n```\n"
    optional: list[list[str]] = []
    if unit.draft:
        why = "\n".join(unit.draft_problems) or "it was not checked"
        optional.append(
            [
                "\nDraft from the rule-based translator (not accepted):\n```rust\n",
                unit.draft.rstrip(),
                f"\n```\nWhy it was not accepted:\n{why}\n",
            ]
        )
    elif unit.draft_problems:
        optional.append(
            [
                "\nThe rule-based translator could not translate it:\n",
                "\n".join(unit.draft_problems),
                "\n",
            ]
        )
    if feedback is not None:
        if feedback.candidate:
            optional.append(
                ["\nYour previous answer:\n```rust\n", feedback.candidate.rstrip(), "\n```\n"]
            )
        optional.append(
            ["\nIt was rejected. Fix these errors:\n", "\n".join(feedback.errors), "\n"]
        )
    fixed = len(SYSTEM) + len(head) + sum(len(p[0]) + len(p[2]) for p in optional) + 80
    room = max_chars - fixed
    source = _cut(source, max(200, room // 2 if optional else room))
    room -= len(source)
    # Later parts (this attempt's errors) matter most: give them their share first.
    parts = []
    for i, (pre, body, post) in enumerate(reversed(optional)):
        share = max(100, room // (len(optional) - i))
        body = _cut(body, share)
        room -= len(body)
        parts.append(pre + body + post)
    user = head + source + "".join(reversed(parts)) + "\nAnswer with one ```rust block."
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def render_plain(messages: list[dict[str, str]]) -> str:
    """A prompt for models without a chat template."""
    body = "\n\n".join(f"{m['role'].capitalize()}: {m['content']}" for m in messages)
    return body + "\n\nAssistant:\n"


def cut_candidate(answer: str) -> tuple[str | None, str]:
    """The Rust in a model's answer: the first ```rust block, else the first block, else all.

    Returns ``(code, note)``; code is None when the answer is empty.
    """
    blocks = [(lang, body) for lang, body in _FENCE.findall(answer)]
    rust = [body for lang, body in blocks if lang.lower() in _RUST_TAGS]
    if rust:
        return rust[0].strip() + "\n", ""
    if blocks:
        lang, body = blocks[0]
        tag = lang or "untagged"
        return body.strip() + "\n", f"no ```rust block; took the first ({tag}) block"
    if not answer.strip():
        return None, "the model's answer was empty"
    return answer.strip() + "\n", "no code block in the answer; compiled the whole answer"


def problems_of(diagnostics: Iterable[Diagnostic]) -> list[str]:
    """Rules-backend diagnostics as prompt lines (errors first)."""
    ordered = sorted(diagnostics, key=lambda d: d.severity != "error")
    return [f"{d.line}:{d.col}: {d.severity}: {d.message}" for d in ordered]

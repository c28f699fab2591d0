"""HTTP request and response bodies of the translation service (OpenAPI at /docs)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is an error, not ignored


class TranslateRequest(_Body):
    """One snippet (a whole module) to translate."""

    python_code: str = Field(min_length=1, description="The Python module's source text.")
    mode: Literal["rules", "llm", "auto"] = Field(
        default="auto",
        description="rules: deterministic translator; llm: the model (with the rules draft in "
        "its prompt); auto: rules first, the model for what rules reject.",
    )
    temperature: float | None = Field(
        default=None, ge=0, le=2, description="Sampling temperature; null: the configured one."
    )
    target: Literal["native", "wasm"] = Field(
        default="native", description="Toolchain the candidate is compiled with."
    )
    verify: bool = Field(
        default=True,
        description="Compile the result (and run it against CPython when it runs); "
        "false returns the rules translation unchecked (the model's output is always checked).",
    )
    rustfmt: bool = Field(
        default=False,
        description="Pass the rules translation through rustfmt (15-30 ms more; the output is "
        "already indented, rustfmt rewraps long lines). Model answers are returned as written.",
    )
    return_prompts: bool = Field(
        default=False, description="Include each model attempt's prompt in ``attempts``."
    )
    name: str = Field(
        default="snippet.py",
        pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,63}\.py$",
        description="Script name used in diagnostics and the generated code.",
    )


class BatchRequest(_Body):
    """Many snippets in one call; each is answered independently."""

    items: list[TranslateRequest] = Field(min_length=1, description="Snippets, in order.")


class DiagnosticBody(BaseModel):
    """A located problem: line and column in the snippet."""

    path: str
    line: int
    col: int
    code: str
    message: str
    severity: str


class TranslateResponse(BaseModel):
    """The translation and what was verified about it."""

    rust_code: str | None = Field(description="The main.rs; null when nothing was accepted.")
    confidence: float = Field(description="From what was verified; see the README formula.")
    backend: Literal["rules", "llm", "none"] = Field(description="Who produced rust_code.")
    accepted: bool = Field(description="rust_code passed every check that was run.")
    verification: dict[str, Any] | None = Field(description="Checks of the returned code.")
    metrics: dict[str, int | float] = Field(
        description="attempts, repairs, rules_ms, generate_ms, compile_ms, run_ms, total_ms."
    )
    attempts: list[dict[str, Any]] = Field(
        description="Every candidate (rules draft and model answers) with its errors."
    )
    diagnostics: list[DiagnosticBody]


class BatchResponse(BaseModel):
    """Answers in request order."""

    results: list[TranslateResponse]


class HealthResponse(BaseModel):
    """Liveness and readiness."""

    live: bool
    ready: bool
    backends: dict[str, str] = Field(description="rules/llm: up | down | not deployed (why).")


class ErrorBody(BaseModel):
    """Every non-2xx answer."""

    error: str
    details: list[str] = Field(default_factory=list)

"""The HTTP ingress: a FastAPI app in a Serve deployment that routes snippets to the backends.

Error contract: 422 invalid body (with the field and the reason), 413 body over the limit,
503 with Retry-After when overloaded or a backend is down, 504 past the request timeout;
anything unexpected is a JSON 500 naming the error type, never a traceback.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from ray import serve
from ray.serve.handle import DeploymentHandle
from starlette.exceptions import HTTPException

from portalis_ray.config import ServeConfig
from portalis_ray.diagnostics import Diagnostic
from portalis_ray.serve import metrics
from portalis_ray.serve.rules import RulesPass, rules_pass
from portalis_ray.serve.schemas import (
    BatchRequest,
    BatchResponse,
    ErrorBody,
    HealthResponse,
    TranslateRequest,
    TranslateResponse,
)
from portalis_ray.translate.llm.confidence import confidence
from portalis_ray.translate.llm.prompt import TranslationUnit, problems_of
from portalis_ray.translate.llm.repair import RepairOutcome

TRANSLATE_PATH = "/api/v1/translation/translate"
BATCH_PATH = "/api/v1/translation/translate/batch"
_ERRORS = {
    413: {"model": ErrorBody},
    422: {"model": ErrorBody},
    503: {"model": ErrorBody},
    504: {"model": ErrorBody},
}
_BATCH_CONCURRENCY = 8
# Snippets up to this size are translated on the event loop (a few ms); larger ones in a thread
# so one huge body does not stall the other requests of the replica.
_INLINE_CHARS = 20_000
_ENDPOINTS = {TRANSLATE_PATH: "translate", BATCH_PATH: "batch", "/health": "health"}


class Overloaded(Exception):
    """The service cannot take this request now; the client should retry later."""


class BodyLimit:
    """ASGI middleware: 413 for a body over ``limit`` bytes, declared or streamed."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        """Refuse early on Content-Length; count the bytes of chunked bodies as they arrive."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            status = 413 if declared.isdigit() else 400
            reason = _too_large(self.limit) if status == 413 else "invalid Content-Length"
            await JSONResponse({"error": reason, "details": []}, status)(scope, receive, send)
            return
        seen = 0

        async def counted() -> dict:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise HTTPException(413, _too_large(self.limit))
            return message

        await self.app(scope, counted, send)


class RequestMetrics:
    """ASGI middleware: counts every HTTP answer by endpoint and status (``portalis_requests``),
    the 413s, 422s and 503s answered before a route runs included."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        """Pass the request on; record the status the response starts with."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        prefix = scope.get("root_path", "")
        endpoint = _ENDPOINTS.get(path.removeprefix(prefix) if prefix else path, "other")
        status = 500

        async def watched(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watched)
        finally:
            metrics.record_request(endpoint, status)


def _too_large(limit: int) -> str:
    return f"request body too large: the limit is {limit} bytes (serve.max_body_bytes)"


def _field_errors(err: RequestValidationError) -> list[str]:
    out = []
    for item in err.errors():
        where = ".".join(str(p) for p in item.get("loc", ())) or "body"
        out.append(f"{where}: {item.get('msg', 'invalid')}")
    return out


def _error(
    status: int,
    message: str,
    details: list[str] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse({"error": message, "details": details or []}, status, headers=headers)


def create_api(cfg: ServeConfig) -> FastAPI:
    """The FastAPI app with its error handlers and body limit (routes live on the deployment)."""
    api = FastAPI(
        title="Portalis-Ray translation service",
        description="Python to Rust: rules backend, vLLM backend, compiler-checked.",
        version="1",
    )
    api.add_middleware(BodyLimit, limit=cfg.max_body_bytes)
    api.add_middleware(RequestMetrics)  # added last: outermost, so it sees BodyLimit's answers
    retry = {"Retry-After": str(cfg.retry_after_s)}

    @api.exception_handler(RequestValidationError)
    async def invalid_body(request: Request, err: RequestValidationError) -> JSONResponse:
        return _error(422, "invalid request body", _field_errors(err))

    @api.exception_handler(HTTPException)
    async def http_error(request: Request, err: HTTPException) -> JSONResponse:
        return _error(err.status_code, str(err.detail), headers=getattr(err, "headers", None))

    @api.exception_handler(Overloaded)
    async def overloaded(request: Request, err: Overloaded) -> JSONResponse:
        return _error(503, str(err), headers=retry)

    @api.exception_handler(Exception)
    async def internal(request: Request, err: Exception) -> JSONResponse:
        return _error(500, f"internal error: {type(err).__name__}: {err}")

    return api


def build_ingress(cfg: ServeConfig) -> Any:
    """The ingress deployment class, bound to an app configured by ``cfg``."""
    api = create_api(cfg)

    @serve.deployment(name="TranslationAPI")
    @serve.ingress(api)
    class TranslationAPI:
        """HTTP routes and the rules translation; checks and the model run in their own
        deployments."""

        def __init__(
            self, rules: DeploymentHandle, llm: DeploymentHandle | None, llm_missing: str
        ) -> None:
            self.rules = rules
            self.llm = llm
            self.llm_missing = llm_missing
            self.in_flight = 0

        @api.post(TRANSLATE_PATH, response_model=TranslateResponse, responses=_ERRORS)
        async def translate(self, body: TranslateRequest) -> Response:
            """Translate one snippet."""
            with self._slot(1):
                return _json(await self._one(body))

        @api.post(BATCH_PATH, response_model=BatchResponse, responses=_ERRORS)
        async def translate_batch(self, body: BatchRequest) -> Response:
            """Translate many snippets; a failing one does not fail the others."""
            if len(body.items) > cfg.max_batch_items:
                raise HTTPException(
                    413,
                    f"batch of {len(body.items)} snippets: the limit is "
                    f"{cfg.max_batch_items} (serve.max_batch_items)",
                )
            gate = asyncio.Semaphore(_BATCH_CONCURRENCY)

            async def one(item: TranslateRequest) -> TranslateResponse:
                async with gate:
                    try:
                        return await self._one(item)
                    except HTTPException as err:
                        return _failed(item, f"{err.status_code}: {err.detail}")

            with self._slot(1):
                results = await asyncio.gather(*(one(item) for item in body.items))
            return _json(BatchResponse(results=list(results)))

        @api.get("/health", response_model=HealthResponse, responses={503: {"model": ErrorBody}})
        async def health(self) -> JSONResponse:
            """Liveness (this answer) and readiness of each backend."""
            backends = {"rules": await self._probe(self.rules)}
            backends["llm"] = (
                await self._probe(self.llm)
                if self.llm is not None
                else f"not deployed ({self.llm_missing})"
            )
            ready = backends["rules"] == "up" and not backends["llm"].startswith("down")
            body = HealthResponse(live=True, ready=ready, backends=backends)
            return JSONResponse(body.model_dump(), 200 if ready else 503)

        def _slot(self, n: int) -> _InFlight:
            if self.in_flight + n > cfg.max_concurrent_requests:
                raise Overloaded(
                    f"overloaded: {self.in_flight} requests in flight "
                    f"(serve.max_concurrent_requests={cfg.max_concurrent_requests})"
                )
            return _InFlight(self, n)

        async def _probe(self, handle: DeploymentHandle) -> str:
            try:
                return await _call(handle.health.remote(), 10.0)
            except Exception as err:
                return f"down ({type(err).__name__})"

        async def _one(self, req: TranslateRequest) -> TranslateResponse:
            started = time.perf_counter()
            if req.mode == "llm" and self.llm is None:
                raise HTTPException(503, f"the llm backend is not deployed: {self.llm_missing}")
            rules = await self._rules(req)
            if req.verify and req.mode != "llm" and rules.rust is not None:
                rules.verification = await self._backend(
                    self.rules.verify.remote(rules.rust, req.python_code, req.name, req.target)
                )
            outcome = None
            notes: list[Diagnostic] = []
            if req.mode == "llm" or (req.mode == "auto" and not rules.accepted):
                if self.llm is None:
                    notes.append(
                        Diagnostic(
                            req.name,
                            1,
                            1,
                            "backend-unavailable",
                            f"auto: no llm backend ({self.llm_missing})",
                            "note",
                        )
                    )
                else:
                    unit = _unit(req, rules)
                    outcome = await self._backend(self.llm.repair.remote(unit, req.temperature))
            total_ms = (time.perf_counter() - started) * 1000.0
            response = assemble(req, rules, outcome, notes, total_ms)
            metrics.record_translation(
                req.mode,
                response.backend,
                response.accepted,
                total_ms,
                len(outcome.attempts) if outcome else 0,
            )
            return response

        async def _rules(self, req: TranslateRequest) -> RulesPass:
            """The rules translation, here in the ingress replica (no hop; see serve.rules)."""
            if len(req.python_code) <= _INLINE_CHARS and not req.rustfmt:
                return rules_pass(req.python_code, req.name, req.rustfmt)
            return await asyncio.to_thread(rules_pass, req.python_code, req.name, req.rustfmt)

        async def _backend(self, response: Any) -> Any:
            from ray.serve.exceptions import BackPressureError

            try:
                return await _call(response, cfg.request_timeout_s)
            except BackPressureError as err:
                raise Overloaded(f"overloaded: a backend's queue is full ({err})") from None
            except TimeoutError:
                raise HTTPException(
                    504,
                    f"translation took longer than {cfg.request_timeout_s:g} s "
                    "(serve.request_timeout_s)",
                ) from None
            except Exception as err:
                if type(err).__module__.startswith("ray"):  # a replica died or is restarting
                    raise Overloaded(f"backend unavailable: {type(err).__name__}") from None
                raise

    return TranslationAPI


class _InFlight:
    def __init__(self, owner: Any, n: int) -> None:
        self.owner = owner
        self.n = n

    def __enter__(self) -> None:
        self.owner.in_flight += self.n

    def __exit__(self, *exc: object) -> None:
        self.owner.in_flight -= self.n


def _json(body: TranslateResponse | BatchResponse) -> Response:
    # The model was built by this code: serialize it directly (pydantic's serializer) instead of
    # FastAPI's validate-then-encode of the return value; response_model still documents it.
    return Response(body.model_dump_json(), media_type="application/json")


async def _call(response: Any, timeout: float) -> Any:
    async def wait() -> Any:
        return await response

    try:
        return await asyncio.wait_for(wait(), timeout)
    except TimeoutError:
        response.cancel()
        raise


def _unit(req: TranslateRequest, rules: RulesPass) -> TranslationUnit:
    if rules.rust is None:
        problems = problems_of(rules.diagnostics)
    elif rules.verification is not None:
        problems = rules.verification.errors or ["it was not accepted"]
    else:
        problems = ["(llm mode: the draft was not checked)"]
    return TranslationUnit(
        req.python_code, req.name, req.name, list(rules.contracts), rules.rust, problems, req.target
    )


def _rules_attempt(rules: RulesPass) -> dict[str, Any]:
    v = rules.verification
    return {
        "backend": "rules",
        "number": 0,
        "accepted": rules.accepted,
        "compiled": v.compiled if v else None,
        "differential": v.differential if v else "skipped",
        "errors": [] if rules.accepted else (v.errors if v else []),
        "note": "" if v else "not checked",
        "candidate": None if rules.accepted else rules.rust,
        "compile_ms": round(v.compile_ms, 1) if v else 0.0,
    }


def assemble(
    req: TranslateRequest,
    rules: RulesPass,
    outcome: RepairOutcome | None,
    notes: list[Diagnostic],
    total_ms: float,
) -> TranslateResponse:
    """The response for one snippet: who produced what, and what was verified."""
    attempts = [_rules_attempt(rules)] if rules.rust is not None else []
    diagnostics = list(rules.diagnostics)
    metric: dict[str, float] = {
        "rules_ms": round(rules.ms, 1),
        "compile_ms": 0.0,
        "generate_ms": 0.0,
        "run_ms": 0.0,
        "repairs": 0,
    }
    if rules.verification is not None:
        metric["compile_ms"] += round(rules.verification.compile_ms, 1)
        metric["run_ms"] += round(rules.verification.run_ms, 1)
        diagnostics += [
            Diagnostic(req.name, 1, 1, "rules-rejected", e.splitlines()[0])
            for e in rules.verification.errors[:3]
        ]
    best = outcome.accepted if outcome is not None else None
    if outcome is not None:
        attempts += [a.to_dict(req.return_prompts) for a in outcome.attempts]
        diagnostics += outcome.diagnostics
        for key, value in outcome.metrics().items():
            metric[key] = metric.get(key, 0) + value if key != "attempts" else value
    metric["llm_attempts"] = len(outcome.attempts) if outcome is not None else 0
    metric["attempts"] = len(attempts)
    metric["total_ms"] = round(total_ms, 1)
    diagnostics += notes
    if best is not None:
        rust, backend, verification = best.candidate, "llm", best.verification
        conf = outcome.confidence
    elif rules.accepted and req.mode != "llm":
        rust, backend, verification = rules.rust, "rules", rules.verification
        conf = confidence("rules", rules.verification, True)
    else:
        rust, backend, verification, conf = None, "none", None, 0.0
    return TranslateResponse(
        rust_code=rust,
        confidence=conf,
        backend=backend,
        accepted=rust is not None,
        verification=verification.to_dict() if verification is not None else None,
        metrics=metric,
        attempts=attempts,
        diagnostics=[d.to_dict() for d in diagnostics],
    )


def _failed(req: TranslateRequest, message: str) -> TranslateResponse:
    diag = Diagnostic(req.name, 1, 1, "service", message)
    return TranslateResponse(
        rust_code=None,
        confidence=0.0,
        backend="none",
        accepted=False,
        verification=None,
        metrics={"attempts": 0, "total_ms": 0.0},
        attempts=[],
        diagnostics=[diag.to_dict()],
    )

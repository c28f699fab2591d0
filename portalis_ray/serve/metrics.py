"""``portalis_*`` service metrics, exported through Ray's metrics endpoint (``ray_`` prefixed)."""

from __future__ import annotations

from functools import cache
from typing import Any

LATENCY_BOUNDS_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000]
ATTEMPT_BOUNDS = [1, 2, 3, 4, 5, 8, 12, 20]


@cache
def _metrics() -> dict[str, Any]:
    from ray.util.metrics import Counter, Histogram

    return {
        "requests": Counter(
            "portalis_requests",
            "HTTP requests by endpoint and status.",
            tag_keys=("endpoint", "status"),
        ),
        "translations": Counter(
            "portalis_translations",
            "Translations by mode, backend and outcome.",
            tag_keys=("mode", "backend", "outcome"),
        ),
        "latency": Histogram(
            "portalis_translation_latency_ms",
            "Time to answer one snippet, by mode.",
            boundaries=LATENCY_BOUNDS_MS,
            tag_keys=("mode",),
        ),
        "attempts": Histogram(
            "portalis_repair_attempts",
            "Model attempts per unit sent to the LLM backend.",
            boundaries=ATTEMPT_BOUNDS,
        ),
    }


def record_request(endpoint: str, status: int) -> None:
    """Count one HTTP answer."""
    _metrics()["requests"].inc(tags={"endpoint": endpoint, "status": str(status)})


def record_translation(
    mode: str, backend: str, accepted: bool, total_ms: float, llm_attempts: int
) -> None:
    """Count one translated snippet, its latency and (when the model ran) its attempts."""
    m = _metrics()
    outcome = "accepted" if accepted else "rejected"
    m["translations"].inc(tags={"mode": mode, "backend": backend, "outcome": outcome})
    m["latency"].observe(total_ms, tags={"mode": mode})
    if llm_attempts:
        m["attempts"].observe(llm_attempts)

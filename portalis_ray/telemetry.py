"""``portalis_*`` metrics of translation runs (jobs, CLI, notebooks), via Ray's metrics endpoint.

Ray exports them on each node's metrics port with a ``ray_`` prefix (counters also get
``_total``); ``cluster/grafana-dashboard.json`` queries exactly these names and the Serve app's
(:mod:`portalis_ray.serve.metrics`). Recording is a no-op when this process is not connected
to Ray, so library use without a cluster costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from portalis_ray.report import FileReport

STAGE_BOUNDS_S = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900, 3600]

# name -> (kind, description, tag keys); the dashboard test reads this table.
PIPELINE_METRICS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "portalis_files": ("counter", "Input files by outcome.", ("outcome",)),
    "portalis_units": (
        "counter",
        "Top-level units by the backend that handled them and outcome.",
        ("backend", "outcome"),
    ),
    "portalis_crates": ("counter", "Generated crates by build outcome.", ("outcome",)),
    "portalis_stage_seconds": ("histogram", "Wall time of one pipeline stage.", ("stage",)),
    "portalis_lexer_bytes": ("counter", "Source bytes lexed by the index stage.", ("device",)),
    # Queue depth = queued - done. Two counters, not a gauge: a gauge vanishes from the
    # endpoint when the job's driver exits, counters keep the history Grafana needs.
    "portalis_dataflow_files": (
        "counter",
        "Files handed to the dataflow (event=queued) and back from it (event=done).",
        ("event",),
    ),
}


def _connected() -> bool:
    import sys

    ray = sys.modules.get("ray")  # importing Ray just to find it absent would cost seconds
    return ray is not None and ray.is_initialized()


@cache
def _metrics() -> dict[str, Any]:
    from ray.util.metrics import Counter, Histogram

    made: dict[str, Any] = {}
    for name, (kind, description, tags) in PIPELINE_METRICS.items():
        if kind == "counter":
            made[name] = Counter(name, description, tag_keys=tags)
        else:
            made[name] = Histogram(name, description, boundaries=STAGE_BOUNDS_S, tag_keys=tags)
    return made


def _metric(name: str) -> Any | None:
    return _metrics()[name] if _connected() else None


def record_lexed(num_bytes: int, device: str) -> None:
    """Count source bytes that went through the index stage's lexer on ``device`` (cpu|gpu)."""
    metric = _metric("portalis_lexer_bytes")
    if metric is not None and num_bytes > 0:
        metric.inc(num_bytes, tags={"device": device})


def record_dataflow(event: str, files: int) -> None:
    """Count files entering (``queued``) or leaving (``done``) the dataflow."""
    metric = _metric("portalis_dataflow_files")
    if metric is not None and files > 0:
        metric.inc(files, tags={"event": event})


def record_stage_seconds(timings: dict[str, float]) -> None:
    """Observe a run's stage timings (``{"dataflow_s": 1.2, ...}``), one sample per stage."""
    metric = _metric("portalis_stage_seconds")
    if metric is None:
        return
    for key, seconds in timings.items():
        metric.observe(seconds, tags={"stage": key.removesuffix("_s")})


def record_files(files: Iterable[FileReport]) -> None:
    """Count files by outcome, units by backend and outcome, and crates by build outcome."""
    if not _connected():
        return
    m = _metrics()
    for report in files:
        m["portalis_files"].inc(tags={"outcome": report.outcome})
        backend = report.backend or "none"
        done = report.units_translated
        if done:
            m["portalis_units"].inc(done, tags={"backend": backend, "outcome": "translated"})
        if report.units_total > done:
            m["portalis_units"].inc(
                report.units_total - done, tags={"backend": backend, "outcome": "failed"}
            )
        if report.crate is not None and report.built is not None:
            outcome = "built" if report.built else "failed"
            m["portalis_crates"].inc(tags={"outcome": outcome})

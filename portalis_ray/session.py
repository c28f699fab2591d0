"""Connecting to Ray: an embedded local instance by default, an existing cluster by address."""

from __future__ import annotations

import contextlib
import logging
import os
import warnings
from collections.abc import Iterator

from portalis_ray.config import RayConfig


class RayConnectionError(RuntimeError):
    """Ray could not be started or reached."""


@contextlib.contextmanager
def _stderr_silenced(enabled: bool) -> Iterator[None]:
    # Ray's C++ core prints startup lines straight to fd 2; Python logging cannot stop them.
    if not enabled:
        yield
        return
    saved = os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(null)


def _quiet_data_context() -> None:
    import ray.data

    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    ctx.enable_auto_log_stats = False
    for name in ("ray.data", "ray.serve", "ray"):
        logging.getLogger(name).setLevel(logging.ERROR)
    # Ray Data's tuning hints (e.g. "operator only received 1 input") are noise for users.
    warnings.filterwarnings("ignore", module=r"ray(\.|$)")


def ensure_ray(cfg: RayConfig) -> bool:
    """Start or connect to Ray unless this process already is; True when this call started it."""
    import ray

    # Tests and laptops run without Ray's token auth; a user's own setting wins.
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    if cfg.quiet:
        os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
        _quiet_data_context()
    if ray.is_initialized():
        return False
    kwargs: dict = {"namespace": cfg.namespace, "log_to_driver": not cfg.quiet}
    if cfg.quiet:
        kwargs["logging_level"] = logging.WARNING
    if cfg.address:
        kwargs["address"] = cfg.address
    else:
        kwargs.update(address="local", num_cpus=cfg.num_cpus, include_dashboard=False)
    try:
        with _stderr_silenced(cfg.quiet):
            ray.init(**kwargs)
    except Exception as err:  # Ray raises several types for an unreachable cluster
        where = cfg.address or "an embedded local Ray"
        raise RayConnectionError(f"cannot start or reach {where}: {err}") from None
    if cfg.quiet:
        _quiet_data_context()
    return True


def shutdown_ray() -> None:
    """Disconnect (and stop the embedded instance this process started)."""
    import ray

    if ray.is_initialized():
        ray.shutdown()

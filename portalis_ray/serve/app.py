"""Build and run the Serve application: ingress + rules deployment (+ LLM deployment).

    from ray import serve
    from portalis_ray.serve import build_app
    serve.run(build_app(cfg), name="portalis", route_prefix="/")

or ``portalis serve --config FILE``, which does the same and blocks.
"""

from __future__ import annotations

import importlib.util
import signal
import time
from typing import Any

from portalis_ray.config import DeploymentConfig, LLMConfig, PortalisConfig


def deployment_options(d: DeploymentConfig) -> dict[str, Any]:
    """Serve ``.options()`` for one deployment: replicas or autoscaling, resources, queues."""
    opts: dict[str, Any] = {
        "ray_actor_options": {"num_cpus": d.num_cpus, "num_gpus": d.num_gpus},
        "max_ongoing_requests": d.max_ongoing_requests,
        "max_queued_requests": d.max_queued_requests,
    }
    if d.autoscaling is not None:
        a = d.autoscaling
        opts["autoscaling_config"] = {
            "min_replicas": a.min_replicas,
            "initial_replicas": max(a.min_replicas, 1),
            "max_replicas": max(a.max_replicas, a.min_replicas),
            "target_ongoing_requests": a.target_ongoing_requests,
        }
    else:
        opts["num_replicas"] = d.num_replicas
    return opts


def llm_deployment_options(d: DeploymentConfig, llm: LLMConfig) -> dict[str, Any]:
    """LLM deployment options; tensor parallel engines get a GPU bundle per shard."""
    opts = deployment_options(d)
    if llm.tensor_parallel_size > 1:
        # The replica sits in bundle 0; vLLM's Ray workers take one GPU bundle each.
        gpu = max(d.num_gpus, 1.0)
        opts["placement_group_bundles"] = [{"CPU": d.num_cpus, "GPU": gpu}] + [
            {"GPU": gpu} for _ in range(llm.tensor_parallel_size - 1)
        ]
        opts["placement_group_strategy"] = "STRICT_PACK"
        opts["ray_actor_options"] = {"num_cpus": d.num_cpus, "num_gpus": 0}
    return opts


def llm_missing_reason(llm: LLMConfig) -> str:
    """Why the LLM deployment is left out, or '' when it can be deployed."""
    if llm.model is None:
        return "no model configured (translate.llm.model)"
    if importlib.util.find_spec("vllm") is None:
        return "vLLM is not installed (pip install '.[llm]')"
    return ""


def build_app(cfg: PortalisConfig) -> Any:
    """The bound Serve application for ``cfg`` (pass it to ``serve.run``)."""
    from portalis_ray.serve.deployments import LLMTranslator, RulesVerifier
    from portalis_ray.serve.ingress import build_ingress

    llm_cfg = cfg.translate.llm.model_dump()
    rules = RulesVerifier.options(**deployment_options(cfg.serve.rules)).bind(llm_cfg)
    missing = llm_missing_reason(cfg.translate.llm)
    llm = None
    if not missing:
        opts = llm_deployment_options(cfg.serve.llm, cfg.translate.llm)
        llm = LLMTranslator.options(**opts).bind(llm_cfg)
    ingress = build_ingress(cfg.serve)
    return ingress.options(**deployment_options(cfg.serve.ingress)).bind(rules, llm, missing)


def start_http(cfg: PortalisConfig) -> None:
    """Start Serve's HTTP proxy on the configured host and port (once per Ray cluster)."""
    from ray import serve

    serve.start(http_options={"host": cfg.serve.host, "port": cfg.serve.port})


def run_app(cfg: PortalisConfig, blocking: bool = False) -> str:
    """Deploy the app on the connected Ray; returns its base URL (blocks when ``blocking``)."""
    from ray import serve

    start_http(cfg)
    serve.run(
        build_app(cfg), name=cfg.serve.app_name, route_prefix=cfg.serve.route_prefix, blocking=False
    )
    url = f"http://{cfg.serve.host}:{cfg.serve.port}{cfg.serve.route_prefix.rstrip('/')}"
    if blocking:
        _stop_on_signals()
        print(f"portalis: serving {url} (docs at {url}/docs); Ctrl-C stops", flush=True)
        try:
            while True:  # short naps: a signal another thread receives is seen within 1 s
                time.sleep(1)
        finally:
            serve.delete(cfg.serve.app_name)
    return url


def _stop_on_signals() -> None:
    # Ctrl-C and SIGTERM (containers, `kill`) both end the wait, so the app is deleted; SIGINT
    # is restored too, as a shell leaves it ignored in a background job.
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, interrupt)


def app_running(name: str, deployment: str | None = None) -> bool:
    """True when this Ray cluster runs a Serve application called ``name`` (with
    ``deployment`` among its deployments, when given)."""
    import ray

    if not ray.is_initialized():  # no Ray here, so no app: do not start one just to look
        return False
    try:
        from ray import serve

        status = serve.status()
    except Exception:
        return False
    app = status.applications.get(name)
    if app is None or not str(app.status).endswith("RUNNING"):
        return False
    return deployment is None or deployment in app.deployments

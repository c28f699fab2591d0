"""Serve application builder for config-driven deploys (KubeRay ``RayService``, ``serve run``).

``serveConfigV2`` names ``import_path: portalis_ray.jobs.serve_entry:app`` with
``args: {config: configs/dgx.yaml}``; Serve calls :func:`app` with those args and deploys the
translation app that ``portalis serve`` runs (:func:`portalis_ray.serve.build_app`).
"""

from __future__ import annotations

from typing import Any

from portalis_ray.config import load_config, with_overrides


def app(args: dict[str, Any]) -> Any:
    """The bound Serve app for ``args["config"]`` (a YAML path; default configs/local.yaml).

    Optional ``args["model"]`` overrides ``translate.llm.model`` (e.g. per RayService).
    """
    from portalis_ray.serve import build_app

    cfg = load_config(args.get("config"))
    if args.get("model"):
        cfg = with_overrides(cfg, {"translate.llm.model": args["model"]})
    return build_app(cfg)

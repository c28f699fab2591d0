"""The translation service: a Ray Serve app (FastAPI ingress, rules and LLM deployments)."""

from portalis_ray.serve.app import app_running, build_app, run_app

__all__ = ["app_running", "build_app", "run_app"]

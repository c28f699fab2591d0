"""DGX deployment files agree with the code: configs, KubeRay manifests, Dockerfile, dashboard."""

from __future__ import annotations

import importlib
import json
import re
import shlex
from pathlib import Path

import pytest
import yaml
from conftest import run_portalis

from portalis_ray.config import load_config
from portalis_ray.telemetry import PIPELINE_METRICS

REPO = Path(__file__).resolve().parent.parent
CLUSTER = REPO / "cluster"
IMAGE_ROOT = "/opt/portalis/"  # where the Dockerfile puts the repo in the image
DASHBOARD = CLUSTER / "grafana-dashboard.json"
# Recorded only when the model ran (vLLM and a model): checked by name, not by a scrape here.
LLM_ONLY_METRICS = {"ray_portalis_repair_attempts_bucket"}
_SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count")}


def _manifest(name: str) -> dict:
    return yaml.safe_load((CLUSTER / name).read_text(encoding="utf-8"))


def _in_repo(image_path: str) -> Path:
    assert image_path.startswith(IMAGE_ROOT), image_path
    return REPO / image_path.removeprefix(IMAGE_ROOT)


def code_metrics() -> dict[str, str]:
    """``{portalis_name: kind}`` of every metric the code defines (pipeline and Serve app)."""
    found = {name: kind for name, (kind, _, _) in PIPELINE_METRICS.items()}
    source = (REPO / "portalis_ray" / "serve" / "metrics.py").read_text(encoding="utf-8")
    for kind, name in re.findall(r"\b(Counter|Histogram|Gauge)\(\s*\"(portalis_\w+)\"", source):
        found[name] = kind.lower()
    return found


def dashboard_metric_names() -> set[str]:
    """Every ``ray_portalis_*`` series name the Grafana panels query."""
    dash = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    exprs = [t["expr"] for p in dash["panels"] for t in p["targets"]]
    return {m for e in exprs for m in re.findall(r"\bray_portalis_\w+", e)}


# ---------------------------------------------------------------- configs


def test_dgx_config_loads_with_gpu_settings() -> None:
    cfg = load_config(REPO / "configs" / "dgx.yaml")
    assert 0 < cfg.index.num_gpus < 1 and cfg.index.device == "gpu"
    assert cfg.index.batch_bytes >= 1 << 20
    assert cfg.translate.llm.tensor_parallel_size == 2
    assert cfg.ray.address == "auto"
    for name in ("ingress", "rules", "llm"):
        scaling = getattr(cfg.serve, name).autoscaling
        assert (scaling.min_replicas, scaling.max_replicas) == (3, 20)
    assert cfg.serve.llm.num_gpus >= 1


def test_config_validate_names_the_key_path(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "index:\n  num_gpus: -0.5\nserve:\n  llm:\n    autoscaling:\n      max_replicas: 0\n"
        "translate:\n  llm:\n    tensor_paralel_size: 2\n",
        encoding="utf-8",
    )
    done = run_portalis("config", "validate", str(bad))
    assert done.returncode == 2
    for path in (
        "index.num_gpus",
        "serve.llm.autoscaling.max_replicas",
        "translate.llm.tensor_paralel_size: Extra inputs are not permitted",
    ):
        assert path in done.stderr, done.stderr
    good = run_portalis("config", "validate", str(REPO / "configs" / "dgx.yaml"))
    assert good.returncode == 0, good.stderr
    shown = run_portalis("config", "show", str(REPO / "configs" / "dgx.yaml"))
    assert shown.returncode == 0 and "tensor_parallel_size: 2" in shown.stdout


# ---------------------------------------------------------------- manifests


def test_manifests_parse_and_share_one_image() -> None:
    images = set()
    for path in sorted(CLUSTER.glob("*.yaml")):
        if path.name == "serve-config.yaml":  # a Serve config, not a Kubernetes object
            continue
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(doc, dict) and doc.get("kind"), path
        images |= set(re.findall(r"image: (\S+)", path.read_text(encoding="utf-8")))
    assert len(images) == 1, images  # every pod runs the image built from the Dockerfile
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert "WORKDIR /opt/portalis" in dockerfile
    for copied in re.findall(r"^COPY (\S+)", dockerfile, re.M):
        assert (REPO / copied).exists(), copied


def test_raycluster_requests_dgx_gpu_nodes() -> None:
    cluster = _manifest("raycluster.yaml")
    assert cluster["kind"] == "RayCluster"
    group = cluster["spec"]["workerGroupSpecs"][0]
    pod = group["template"]["spec"]
    limits = pod["containers"][0]["resources"]["limits"]
    assert limits["nvidia.com/gpu"] == "8" and group["rayStartParams"]["num-gpus"] == "8"
    assert any(t["key"] == "nvidia.com/gpu" for t in pod["tolerations"])
    assert pod["nodeSelector"]
    claims = {
        v["persistentVolumeClaim"]["claimName"]
        for v in pod["volumes"]
        if "persistentVolumeClaim" in v
    }
    assert claims == {_manifest("pvc.yaml")["metadata"]["name"]}
    head = cluster["spec"]["headGroupSpec"]
    assert head["rayStartParams"]["metrics-export-port"] == "8080"


def test_rayjob_runs_the_real_job_entrypoint() -> None:
    job = _manifest("rayjob.yaml")
    assert (
        job["spec"]["clusterSelector"]["ray.io/cluster"]
        == _manifest("raycluster.yaml")["metadata"]["name"]
    )
    argv = shlex.split(job["spec"]["entrypoint"])
    assert argv[:3] == ["python", "-m", "portalis_ray.jobs.translate"]
    module = importlib.import_module(argv[2])
    args = module._parser().parse_args(argv[3:])  # the entrypoint's own argument parser
    assert load_config(_in_repo(args.config)) is not None


def test_rayservice_import_path_builds_the_serve_app() -> None:
    from ray.serve import Application

    service = _manifest("rayservice.yaml")
    serve_cfg = yaml.safe_load(service["spec"]["serveConfigV2"])
    (app,) = serve_cfg["applications"]
    module_name, attr = app["import_path"].split(":")
    builder = getattr(importlib.import_module(module_name), attr)
    args = {**app["args"], "config": str(_in_repo(app["args"]["config"]))}
    assert isinstance(builder(args), Application)


def test_serve_deploy_config_is_the_rayservice_one() -> None:
    service = _manifest("rayservice.yaml")
    assert _manifest("serve-config.yaml") == yaml.safe_load(service["spec"]["serveConfigV2"])


def test_prometheus_scrapes_the_ray_metrics_port() -> None:
    prom = yaml.safe_load((CLUSTER / "prometheus.yml").read_text(encoding="utf-8"))
    jobs = {j["job_name"]: j for j in prom["scrape_configs"]}
    keep = [r for r in jobs["ray-pods"]["relabel_configs"] if r.get("action") == "keep"]
    assert any(r["regex"] == "metrics" for r in keep)
    for name in ("raycluster.yaml", "rayservice.yaml"):
        text = (CLUSTER / name).read_text(encoding="utf-8")
        assert "name: metrics}" in text and 'metrics-export-port: "8080"' in text


# ---------------------------------------------------------------- dashboard


def test_dashboard_queries_exactly_the_exported_metrics() -> None:
    defined = code_metrics()
    used: dict[str, set[str]] = {}
    for series in dashboard_metric_names():
        base = series.removeprefix("ray_")
        kind = next(
            (k for name, k in defined.items() if base in {name + s for s in _SUFFIXES[k]}), None
        )
        assert kind is not None, f"{series}: no such metric in the code"
        used.setdefault(kind, set()).add(series)
    bases = {
        re.sub(r"_(total|bucket|sum|count)$", "", s.removeprefix("ray_"))
        for group in used.values()
        for s in group
    }
    assert bases == set(defined), f"metrics with no panel: {sorted(set(defined) - bases)}"
    assert dashboard_metric_names() >= LLM_ONLY_METRICS


@pytest.mark.parametrize("word", ["latency", "repair", "lexer", "queue", "backend"])
def test_dashboard_has_the_panels_the_issue_names(word: str) -> None:
    dash = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    assert any(word in p["title"].lower() for p in dash["panels"])

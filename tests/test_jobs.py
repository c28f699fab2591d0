"""The batch job: storage URIs, resume after a kill, and a real `ray job submit` round trip."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyarrow.fs as pafs
import pytest

from portalis_ray.config import PortalisConfig, with_overrides
from portalis_ray.jobs.storage import StorageError, resolve
from portalis_ray.jobs.translate import (
    STATE_PATH,
    TranslationJob,
    _avoid_finished,
    config_fingerprint,
    main,
)
from portalis_ray.workspace import JobState, content_hash, name_crates

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent

GREET = """\
def greet(name: str) -> str:
    return "hello " + name


for who in ["ada", "alan"]:
    print(greet(who))
"""

TOTALS = """\
import sys


def total(xs: list[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


print(total([1, 2, 3]))
sys.exit(3)
"""


def _tree(root: Path) -> Path:
    (root / "pkg").mkdir(parents=True)
    (root / "greet.py").write_text(GREET, encoding="utf-8")
    (root / "pkg" / "totals.py").write_text(TOTALS, encoding="utf-8")
    (root / "notes.txt").write_text("not python\n", encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "skip.py").write_text("print(1)\n", encoding="utf-8")
    return root


# ---------------------------------------------------------------- storage (pyarrow.fs) URIs


def test_resolve_file_uri_and_plain_path(tmp_path: Path) -> None:
    loc = resolve(f"file://{tmp_path}")
    assert isinstance(loc.fs, pafs.LocalFileSystem)
    assert loc.local_path == tmp_path
    assert resolve(str(tmp_path)).local_path == tmp_path.resolve()
    with pytest.raises(StorageError, match="nope://x"):
        resolve("nope://x")


def test_subtree_stage_write_and_swap_a_directory(tmp_path: Path) -> None:
    bucket = tmp_path / "bucket"
    _tree(bucket / "src")
    fs = pafs.SubTreeFileSystem(str(bucket), pafs.LocalFileSystem())
    src = resolve("src", filesystem=fs)
    assert src.local_path is None and src.is_local  # staged like a remote store
    root, files, size = src.stage(tmp_path / "staged", {"__pycache__"})
    assert files == 3 and size > 0  # the hidden directory is left out
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()) == [
        "greet.py",
        "notes.txt",
        "pkg/totals.py",
    ]

    out = resolve("out", filesystem=fs)
    out.write_atomic("a/b.txt", b"one")
    assert (bucket / "out" / "a" / "b.txt").read_bytes() == b"one"
    crate = tmp_path / "crate"
    (crate / "src").mkdir(parents=True)
    (crate / "src" / "main.rs").write_text("fn main() {}\n")
    out.put_dir("a", crate)  # replaces the whole directory: b.txt is gone
    assert sorted(p.name for p in (bucket / "out" / "a").rglob("*") if p.is_file()) == ["main.rs"]
    assert out.read_bytes("a/src/main.rs") == b"fn main() {}\n"
    assert out.read_bytes("missing") is None
    assert not list((bucket / "out" / ".portalis" / "staging").iterdir())


def test_store_without_directory_rename_gets_files_one_by_one(tmp_path: Path) -> None:
    # Not pyarrow's LocalFileSystem: the code takes the object-store path (no directory
    # rename), here on real files through fsspec's local filesystem.
    fsspec = pytest.importorskip("fsspec")
    fs = pafs.PyFileSystem(pafs.FSSpecHandler(fsspec.filesystem("file")))
    out = resolve(str(tmp_path / "out"), filesystem=fs)
    assert not out.is_local and out.local_path is None
    crate = tmp_path / "crate"
    (crate / "src").mkdir(parents=True)
    (crate / "src" / "main.rs").write_text("fn main() {}\n")
    (crate / "Cargo.toml").write_text("[package]\n")
    out.put_dir("greet", crate)
    assert out.read_bytes("greet/src/main.rs") == b"fn main() {}\n"
    assert out.read_bytes("greet/Cargo.toml") == b"[package]\n"
    root, files, _ = resolve(str(tmp_path / "out"), filesystem=fs).stage(tmp_path / "st", set())
    assert files == 2 and (root / "greet" / "src" / "main.rs").is_file()


# ---------------------------------------------------------------- resume (embedded Ray)


def _config(cargo_target_dir: Path) -> PortalisConfig:
    return with_overrides(PortalisConfig(), {"build.target_dir": str(cargo_target_dir)})


def test_killed_job_resumes_and_skips_finished_crates(
    ray_address: str, cargo_target_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from portalis_ray import pipeline

    bucket = tmp_path / "bucket"
    _tree(bucket / "src")
    fs = pafs.SubTreeFileSystem(str(bucket), pafs.LocalFileSystem())
    cfg = _config(cargo_target_dir)
    real = pipeline.run_translation
    calls: list[str] = []

    def killed_on_second_chunk(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(str(args[0]))
        if len(calls) == 2:
            raise KeyboardInterrupt  # what SIGINT / `ray job stop` does to the driver
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "run_translation", killed_on_second_chunk)
    job = TranslationJob(
        resolve("src", filesystem=fs),
        resolve("out", filesystem=fs),
        cfg,
        chunk_files=1,
        verify=False,
    )
    with pytest.raises(KeyboardInterrupt):
        job.run(tmp_path / "work1")
    state = json.loads((bucket / "out" / STATE_PATH).read_text())
    assert list(state["files"]) == ["greet.py"]  # chunk 1 committed, chunk 2 not
    assert (bucket / "out" / "greet" / "src" / "main.rs").is_file()
    assert (bucket / "out" / "bin" / "greet").is_file()

    monkeypatch.setattr(pipeline, "run_translation", real)
    job = TranslationJob(
        resolve("src", filesystem=fs),
        resolve("out", filesystem=fs),
        cfg,
        chunk_files=1,
        verify=False,
    )
    report, summary = job.run(tmp_path / "work2")
    assert (summary.resumed, summary.translated_now) == (1, 1)
    assert report["totals"]["translated"] == 2 and report["totals"]["skipped"] == 1
    assert report["job"]["crates_built"] == 2
    paths = {f["relpath"]: f["path"] for f in report["files"]}
    assert paths["pkg/totals.py"] == "src/pkg/totals.py"  # named as the user named SRC
    state = json.loads((bucket / "out" / STATE_PATH).read_text())
    source = (bucket / "src" / "pkg" / "totals.py").read_bytes()
    assert state["files"]["pkg/totals.py"]["sha256"] == content_hash(source)
    members = (bucket / "out" / "Cargo.toml").read_text()
    assert '"greet"' in members and '"totals"' in members
    binary = bucket / "out" / "bin" / "totals"
    done = subprocess.run([str(binary)], capture_output=True, text=True, check=False)
    assert (done.stdout, done.returncode) == ("6\n", 3)

    # An edited file is redone; the untouched one is skipped by its content hash.
    (bucket / "src" / "greet.py").write_text(GREET.replace("hello ", "hi "), encoding="utf-8")
    job = TranslationJob(
        resolve("src", filesystem=fs),
        resolve("out", filesystem=fs),
        cfg,
        chunk_files=4,
        verify=False,
    )
    report, summary = job.run(tmp_path / "work3")
    assert (summary.resumed, summary.translated_now) == (1, 1)
    assert "hi " in (bucket / "out" / "greet" / "src" / "main.rs").read_text()

    # A source removed since: its crate and binary go, the workspace no longer lists it.
    (bucket / "src" / "pkg" / "totals.py").unlink()
    job = TranslationJob(
        resolve("src", filesystem=fs), resolve("out", filesystem=fs), cfg, verify=False
    )
    report, summary = job.run(tmp_path / "work4")
    assert (summary.resumed, summary.translated_now, summary.chunks) == (1, 0, 0)
    assert not (bucket / "out" / "totals").exists()
    assert not (bucket / "out" / "bin" / "totals").exists()
    assert '"totals"' not in (bucket / "out" / "Cargo.toml").read_text()


def test_fingerprint_changes_with_outputs_not_with_where_ray_runs() -> None:
    base = PortalisConfig()
    same = with_overrides(base, {"ray.address": "auto", "build.target_dir": "/x", "serve.port": 1})
    assert config_fingerprint(base) == config_fingerprint(same)
    assert config_fingerprint(base) != config_fingerprint(base, build=False)
    other = with_overrides(base, {"translate.backend": "auto"})
    assert config_fingerprint(base) != config_fingerprint(other)


def test_files_added_later_do_not_take_a_finished_crate_name() -> None:
    # a/util.py finished as "util"; util.py added at the top now gets "util" from name_crates.
    names = name_crates(["a/util.py", "util.py"])
    assert names["util.py"][0] == "util"
    state = JobState("fp", {"a/util.py": {"sha256": "x", "crate": "util", "bin": "util"}})
    fixed = _avoid_finished(names, state, {"util.py"})
    assert fixed["util.py"] == ("util_2", "util_2")


def test_job_reports_bad_src_and_out_without_touching_ray(tmp_path: Path) -> None:
    assert main(["--src", str(tmp_path / "absent"), "--out", str(tmp_path / "o")]) == 2
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "mine.txt").write_text("keep me")
    assert main(["--src", str(tmp_path), "--out", str(taken)]) == 2
    assert (taken / "mine.txt").read_text() == "keep me"


# ---------------------------------------------------------------- `ray job submit` on a real head


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


_HEAD_PORTS = (
    "port",
    "dashboard-port",
    "metrics-export-port",
    "ray-client-server-port",
    "dashboard-agent-listen-port",
    "dashboard-agent-grpc-port",
    "node-manager-port",
    "object-manager-port",
    "runtime-env-agent-port",
)


def _head_env() -> dict[str, str]:
    env = dict(os.environ, RAY_AUTH_MODE="disabled")
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"  # the job's `python` is ours
    return env


@pytest.fixture(scope="module")
def ray_head(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, int]]:
    """A Ray head on loopback ports of its own (every port chosen, none shared with others)."""
    temp = tmp_path_factory.mktemp("rayhead")
    ports = {name: _free_port() for name in _HEAD_PORTS}
    cmd = [
        str(VENV_BIN / "ray"),
        "start",
        "--head",
        "--node-ip-address=127.0.0.1",
        "--dashboard-host=127.0.0.1",
        "--num-cpus=2",
        "--include-dashboard=true",
        f"--temp-dir={temp}",
        "--disable-usage-stats",
        *(f"--{name}={port}" for name, port in ports.items()),
    ]
    # Its own session: the head's daemons share this process group and are stopped by it.
    starter = subprocess.Popen(
        cmd,
        env=_head_env(),
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        output, _ = starter.communicate(timeout=180)
        assert starter.returncode == 0, output
        yield ports
    finally:
        _stop_group(starter.pid)


def _stop_group(pgid: int) -> None:
    for sig, wait in ((signal.SIGTERM, 8.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                os.killpg(pgid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.3)


def _submit(
    ports: dict[str, int], workdir: Path, args: list[str], env_vars: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    cmd = [
        str(VENV_BIN / "ray"),
        "job",
        "submit",
        "--address",
        f"http://127.0.0.1:{ports['dashboard-port']}",
        "--working-dir",
        str(workdir),
        "--runtime-env-json",
        json.dumps({"env_vars": env_vars}),
        "--",
        "python",
        "-m",
        "portalis_ray.jobs.translate",
        *args,
    ]
    deadline = time.monotonic() + 90
    while True:  # the head's job agent takes a few seconds to come up after `ray start`
        done = subprocess.run(
            cmd, env=_head_env(), capture_output=True, text=True, timeout=300, check=False
        )
        if "No available agent" not in done.stdout + done.stderr or time.monotonic() > deadline:
            return done
        time.sleep(2)


@pytest.fixture(scope="module")
def submitted_job(
    ray_head: dict[str, int], tmp_path_factory: pytest.TempPathFactory, cargo_target_dir: Path
) -> dict:
    """Submit the job twice (the second run resumes everything) and keep what came back."""
    workdir = tmp_path_factory.mktemp("jobdir")
    _tree(workdir / "src")
    out = tmp_path_factory.mktemp("jobout") / "ws"
    env = {"CARGO_TARGET_DIR": str(cargo_target_dir), "RAY_AUTH_MODE": "disabled"}
    args = ["--src", "src", "--out", f"file://{out}"]
    first = _submit(ray_head, workdir, args, env)
    second = _submit(ray_head, workdir, args, env)
    return {"out": out, "first": first, "second": second, "ports": ray_head}


def test_ray_job_submit_round_trip(submitted_job: dict) -> None:
    first, out = submitted_job["first"], submitted_job["out"]
    log = first.stdout + first.stderr
    assert first.returncode == 0, log
    assert "succeeded" in log, log
    for stage in ("stage:", "resume:", "chunk 1/1:", "summary:"):
        assert f"portalis job: {stage}" in log
    assert "crates built 2/2" in log and "rules: failed 0, translated" in log
    report = json.loads((out / "report.json").read_text())
    assert (
        report["totals"]
        | {"files": 3, "translated": 2, "skipped": 1, "failed": 0, "built": 2, "verified": 2}
        == report["totals"]
    )
    assert report["src"] == "src" and report["out"] == f"file://{out}"
    assert {f["path"] for f in report["files"]} == {
        "src/greet.py",
        "src/pkg/totals.py",
        "src/notes.txt",
    }
    greet = subprocess.run(
        [str(out / "bin" / "greet")], capture_output=True, text=True, check=False
    )
    assert greet.stdout == "hello ada\nhello alan\n"
    # The workspace builds as it stands (cargo sees the crates the job published).
    assert (out / ".portalis" / "workspace.json").is_file()
    assert (out / "pyrt" / "Cargo.toml").is_file()

    second = submitted_job["second"]
    assert second.returncode == 0, second.stdout + second.stderr
    assert "2 finished earlier, 0 left" in second.stdout


def _scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as resp:
        return resp.read().decode("utf-8", "replace")


SERVE_ONCE = """
import json, sys, urllib.request
import ray
from portalis_ray.config import PortalisConfig, with_overrides
from portalis_ray.serve import run_app
ray.init(address=sys.argv[1], namespace="portalis", log_to_driver=False)
url = run_app(with_overrides(PortalisConfig(), {"serve.port": int(sys.argv[2])}))
body = json.dumps({"python_code": "print(1 + 2)\\n", "mode": "rules"}).encode()
req = urllib.request.Request(url + "/api/v1/translation/translate", data=body,
                             headers={"Content-Type": "application/json"})
print(json.loads(urllib.request.urlopen(req, timeout=120).read())["confidence"])
"""


def test_every_dashboard_metric_is_exported_by_a_real_run(submitted_job: dict) -> None:
    from test_dgx import LLM_ONLY_METRICS, dashboard_metric_names

    ports = submitted_job["ports"]
    served = subprocess.run(
        [sys.executable, "-c", SERVE_ONCE, f"127.0.0.1:{ports['port']}", str(_free_port())],
        env=_head_env(),
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert served.returncode == 0, served.stdout + served.stderr
    wanted = dashboard_metric_names() - LLM_ONLY_METRICS
    deadline = time.monotonic() + 60  # Ray reports metrics to the endpoint every few seconds
    while True:
        text = _scrape(ports["metrics-export-port"])
        missing = {name for name in wanted if f"\n{name}{{" not in text}
        if not missing or time.monotonic() > deadline:
            break
        time.sleep(3)
    assert not missing, f"dashboard queries metrics no run exported: {sorted(missing)}"

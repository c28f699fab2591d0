"""Shared fixtures: one Ray for the session, one CARGO_TARGET_DIR, a way to run the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PROGRAMS = REPO / "tests" / "programs"

# Child processes (the CLI under test, Ray workers) inherit these.
os.environ.setdefault("RAY_AUTH_MODE", "disabled")


@pytest.fixture(scope="session")
def cargo_target_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One cargo target dir for the whole session, so each runtime path is compiled once."""
    target = tmp_path_factory.mktemp("cargo-target")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CARGO_TARGET_DIR", str(target))
        yield target


@pytest.fixture(scope="session")
def ray_address() -> Iterator[str]:
    """Start Ray once for the session (embedded, 2 CPUs) and give its address to CLI runs."""
    import ray

    from portalis_ray.config import RayConfig
    from portalis_ray.session import ensure_ray

    started = ensure_ray(RayConfig(num_cpus=2))
    address = ray.get_runtime_context().gcs_address
    yield address
    if started:
        ray.shutdown()


def portalis_command() -> list[str]:
    """The installed console script, or the module when the script is not on this venv."""
    script = Path(sys.executable).with_name("portalis")
    return [str(script)] if script.exists() else [sys.executable, "-m", "portalis_ray"]


def run_portalis(*args: str, cwd: Path | None = None, timeout: float = 600
                 ) -> subprocess.CompletedProcess[str]:
    """Run `portalis ARGS...` as a user would, capturing its output."""
    return subprocess.run(
        [*portalis_command(), *args], cwd=cwd, capture_output=True, text=True,
        timeout=timeout, check=False,
    )


def write(path: Path, text: str | bytes) -> Path:
    """Create a file (and its directories) with the given content."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


GOOD_PROGRAM = '''\
def total(values):
    result = 0
    for v in values:
        result += v
    return result


def main():
    numbers = [3, 1, 4, 1, 5, 9, 2, 6]
    print(f"sum={total(numbers)} max={max(numbers)}")
    print("sorted:", sorted(numbers))
    words = {"a": 1, "b": 2}
    for key in words:
        print(key, words[key] * 7 // 2, -7 // 2, -7 % 3)


if __name__ == "__main__":
    main()
'''


@pytest.fixture
def good_program(tmp_path: Path) -> Path:
    """A small script the rules backend translates."""
    return write(tmp_path / "src" / "prog.py", GOOD_PROGRAM)

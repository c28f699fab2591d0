"""The structural-index lexers against tokenize on the whole stdlib, and the kernels' source.

The twin must equal ``tokenize`` on every file of the running interpreter's standard library;
the kernels of ``kernels/lexer.cu``, built for the host, must drive the twin's passes to the
very same arrays; on a GPU (tests marked ``gpu``) the CuPy kernels must too.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from portalis_ray.index import gpu, twin
from portalis_ray.index.agreement import agreement, batches, stdlib_files
from portalis_ray.index.structural import pack, structural_index

KERNELS = Path(__file__).resolve().parent.parent / "kernels"


def test_twin_equals_tokenize_on_the_whole_stdlib() -> None:
    paths = stdlib_files()
    assert len(paths) > 1000 and any("lib2to3" in p.parts for p in paths)
    found = agreement(paths, device="cpu", workers=2)
    assert found.files == len(paths)
    assert found.differences == []


def _same(a: twin.LexedBatch, b: twin.LexedBatch) -> list[str]:
    return [
        name
        for name in a.__dataclass_fields__
        if not np.array_equal(getattr(a, name), getattr(b, name))
        or getattr(a, name).shape != getattr(b, name).shape
    ]


def _stdlib_sample(limit: int = 3_000_000) -> list[bytes]:
    paths = stdlib_files()
    return [p.read_bytes() for p in next(batches(paths[:: max(1, len(paths) // 400)], limit))]


@pytest.mark.skipif(shutil.which("g++") is None, reason="no g++ to build the host kernels")
def test_host_built_kernels_drive_the_twin_to_the_same_arrays() -> None:
    from test_index import EDGE_CASES

    kernels = gpu.HostKernels()
    stdlib = [p.read_bytes() for p in stdlib_files()]  # one batch: the whole stdlib
    sources = stdlib + [data.lstrip(b"\xef\xbb\xbf") for data in EDGE_CASES.values()]
    buf, fstart, fend = pack(sources)
    assert len(fend) > 64  # the transition scan runs over more than one level of blocks
    want = twin.lex_batch(buf, fstart, fend)
    got = gpu.lex_batch(buf, fstart, fend, kernels=kernels)
    assert _same(got, want) == []


@pytest.mark.skipif(shutil.which("g++") is None, reason="no g++ to build the host kernels")
def test_host_built_scan_kernels_match_the_twin_scan() -> None:
    rng = np.random.default_rng(5)
    table = rng.integers(0, twin.N_STATES, size=(70_000, twin.N_STATES), dtype=np.int8)
    ops = gpu.DeviceOps(np.zeros(16, dtype=np.uint8), gpu.HostKernels())
    assert np.array_equal(ops.scan(table), twin.scan_states(table))
    # The scan against a plain walk over the rows.
    state, walk = 0, np.empty(len(table), dtype=np.int8)
    for i, row in enumerate(table[:5000]):
        walk[i] = state
        state = row[state]
    assert np.array_equal(ops.scan(table[:5000]), walk[:5000])


@pytest.mark.skipif(shutil.which("nvcc") is None, reason="no nvcc to compile the CUDA source")
def test_cuda_source_compiles_to_ptx(tmp_path: Path) -> None:
    done = subprocess.run(
        ["nvcc", "--ptx", "-arch=sm_80", str(KERNELS / "lexer.cu"), "-o", str(tmp_path / "l.ptx")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    ptx = (tmp_path / "l.ptx").read_text()
    for name in gpu.SIGNATURES:
        assert f".entry {name}(" in ptx


def test_gpu_driver_imports_and_reports_without_cupy() -> None:
    if not gpu.available():
        assert gpu.unavailable_reason()
        assert gpu.device_name() == "not available"
        with pytest.raises(RuntimeError, match="cannot run"):
            gpu.lex_batch(*pack([b"x = 1\n"]))


needs_gpu = pytest.mark.skipif(not gpu.available(), reason=f"no GPU: {gpu.unavailable_reason()}")


@pytest.mark.gpu
@needs_gpu
def test_gpu_kernels_equal_the_twin_on_the_stdlib() -> None:
    for group in batches(stdlib_files(), 8_000_000):
        sources = [p.read_bytes() for p in group]
        buf, fstart, fend = pack(sources)
        assert _same(gpu.lex_batch(buf, fstart, fend), twin.lex_batch(buf, fstart, fend)) == []


@pytest.mark.gpu
@needs_gpu
def test_structural_index_on_the_gpu_equals_the_twin() -> None:
    from test_index import EDGE_CASES

    sources = _stdlib_sample() + list(EDGE_CASES.values())
    on_gpu = structural_index(sources, device="gpu")
    on_cpu = structural_index(sources, device="cpu")
    assert all(i.lexer in ("gpu", "tokenize") for i in on_gpu)
    assert structural_index(sources[:1], device="auto")[0].lexer == "gpu"
    for a, b in zip(on_gpu, on_cpu, strict=True):
        for name, array in b.arrays().items():
            assert np.array_equal(a.arrays()[name], array), name
        assert a.error == b.error

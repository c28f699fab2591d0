"""Lexing throughput (MB/s) on one corpus: tokenize, ast.parse, the NumPy twin, the GPU.

    .venv/bin/python benchmarks/lex_throughput.py                 # the running stdlib
    .venv/bin/python benchmarks/lex_throughput.py --limit-mb 8 DIR ...

Every figure is source bytes over wall time, on the same files in this one run:

- ``tokenize``: ``tokenize.tokenize`` over every file (all tokens);
- ``ast.parse``: ``ast.parse`` of every file's bytes;
- ``twin``: ``structural_index(..., device="cpu")`` in batches of ``--batch-mb`` (one core:
  NumPy runs these passes single-threaded), and its core ``twin.lex_batch`` on the packed
  buffers alone;
- on a GPU (CuPy): the kernels alone (the byte pass over a device-resident batch of at least
  ``--gpu-mb``, and the transition scan) and end to end (``structural_index(..., "gpu")``:
  host to device and back), with the device's name. Without one it says so.

The targets (issue 5): the twin >= 30 MB/s on one core and >= 4x ``ast.parse``; on an H100 the
kernels >= 100 GB/s on >= 256 MB and end to end >= 10 GB/s.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import datetime
import io
import os
import platform
import sys
import time
import tokenize
import warnings
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from portalis_ray.index import gpu, twin
from portalis_ray.index.agreement import python_files, stdlib_files
from portalis_ray.index.stage import byte_groups
from portalis_ray.index.structural import pack, structural_index


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The shortest wall time of ``repeat`` runs."""
    return best_times(repeat, run)[0]


def best_times(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """The shortest wall time and the shortest CPU time (this process) of ``repeat`` runs.

    On a shared machine the CPU time is the fairer one-core figure: it leaves out the time
    the process waited for a core.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def run_tokenize(sources: list[bytes]) -> None:
    for data in sources:
        try:
            for _ in tokenize.tokenize(io.BytesIO(data).readline):
                pass
        except (SyntaxError, tokenize.TokenError):
            pass


def run_ast(sources: list[bytes]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for data in sources:
            with contextlib.suppress(SyntaxError, ValueError):
                ast.parse(data)


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def gpu_figures(sources: list[bytes], size: int, gpu_mb: float, repeat: int) -> None:
    """Kernels alone on a device-resident batch of >= gpu_mb, and end to end."""
    import cupy

    kernels = gpu.CupyKernels()
    copies = max(1, int(np.ceil(gpu_mb * 1e6 / size)))
    big = sources * copies
    buf, _, fend = pack(big)
    total = int(fend[-1]) + 1
    ops = gpu.DeviceOps(buf, kernels)
    flags = cupy.empty(total, dtype=np.uint8)

    def byte_pass() -> None:
        kernels.launch("classify", total, ops.device_buf, total, flags)
        cupy.flatnonzero(flags)
        kernels.synchronize()

    byte_pass()
    seconds = best_of(repeat, byte_pass)
    print(f"GPU: {gpu.device_name()}")
    print(
        f"  kernels alone (classify + event compaction, {total / 1e6:.0f} MB resident): "
        f"{total / seconds / 1e6:,.0f} MB/s"
    )
    table = np.random.default_rng(0).integers(
        0, twin.N_STATES, (total // 40, twin.N_STATES), dtype=np.int8
    )
    device_table = kernels.upload(table)

    def scan() -> None:
        ops._scan(device_table, len(table))
        kernels.synchronize()

    scan()
    seconds = best_of(repeat, scan)
    print(
        f"  transition scan ({len(table):,} lines, {total / 1e6:.0f} MB of source at 40 B "
        f"a line): {total / seconds / 1e6:,.0f} MB/s of source"
    )
    groups = byte_groups([len(d) for d in big], int(gpu_mb * 1e6))
    seconds = best_of(1, lambda: [structural_index(big[a:b], "gpu") for a, b in groups])
    print(
        f"  end to end (structural_index device='gpu', host to device and back): "
        f"{sum(map(len, big)) / seconds / 1e6:,.1f} MB/s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("roots", nargs="*", help="directories (default: the stdlib)")
    parser.add_argument("--limit-mb", type=float, default=0, help="use the first N MB only")
    parser.add_argument("--batch-mb", type=float, default=8.0, help="twin batch size")
    parser.add_argument("--gpu-mb", type=float, default=256.0, help="GPU batch size")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = python_files(args.roots) if args.roots else stdlib_files()
    sources = [p.read_bytes() for p in paths]
    if args.limit_mb:
        keep, held = [], 0
        for data in sources:
            if held >= args.limit_mb * 1e6:
                break
            keep.append(data)
            held += len(data)
        sources = keep
    size = sum(map(len, sources))
    print(
        f"date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC; "
        f"machine: {cpu_name()}, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f}; python {platform.python_version()}"
    )
    print(
        f"corpus: {', '.join(args.roots) or 'the stdlib'}: {len(sources)} files, "
        f"{size / 1e6:.1f} MB"
    )

    figures: dict[str, tuple[float, float]] = {}
    groups = byte_groups([len(d) for d in sources], int(args.batch_mb * 1e6))
    packed = [pack(sources[a:b]) for a, b in groups]
    figures["tokenize"] = best_times(1, lambda: run_tokenize(sources))
    figures["ast.parse"] = best_times(1, lambda: run_ast(sources))
    figures["twin (lex_batch on packed buffers)"] = best_times(
        args.repeat, lambda: [twin.lex_batch(*p) for p in packed]
    )
    twin_name = "twin (structural_index, device='cpu')"
    figures[twin_name] = best_times(
        args.repeat, lambda: [structural_index(sources[a:b], "cpu") for a, b in groups]
    )
    print(f"  {'':40s} {'wall MB/s':>10s} {'CPU MB/s':>10s}")
    for name, (wall, cpu) in figures.items():
        print(f"  {name:40s} {size / wall / 1e6:10.1f} {size / max(cpu, 1e-9) / 1e6:10.1f}")
    wall_ratio = figures["ast.parse"][0] / figures[twin_name][0]
    cpu_ratio = figures["ast.parse"][1] / figures[twin_name][1]
    print(
        f"  twin / ast.parse: {wall_ratio:.1f}x wall, {cpu_ratio:.1f}x CPU "
        f"(targets: twin >= 30 MB/s on one core, >= 4x ast.parse)"
    )
    if gpu.available():
        gpu_figures(sources, size, args.gpu_mb, args.repeat)
    else:
        print(f"GPU: not available ({gpu.unavailable_reason()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

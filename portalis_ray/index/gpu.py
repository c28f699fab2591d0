"""The GPU lexer: the kernels of ``kernels/lexer.cu`` through CuPy, driving the twin's passes.

``lex_batch`` uploads the batch buffer once and runs the twin's algorithm with
:class:`DeviceOps`, whose passes are kernels: character classes and the event compaction, the
backslash runs and string prefixes, the string/comment state machine of every line from each
start state it can have (``lex_lines``, one thread per line and state), the parallel scan of
the composed line transitions (``compose_blocks``/``apply_blocks``, segmented by file) and the
indentation columns. Each is one launch for the whole batch (grid-stride loops; the scan
recurses once per level of 64-line blocks, never per block or file). The vectorised glue
between them (bracket levels, INDENT/DEDENT, NEWLINE, statements) stays the twin's NumPy on the
host. The result is, array for array, what the NumPy twin gives: the tests check exactly that.

The same kernels compile as host C++ (:class:`HostKernels`, ``g++`` with
``kernels/host_emulation.h``), so their logic is tested against the twin without a GPU. This
module imports without CuPy; ``available()`` says whether the GPU path can run.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from portalis_ray.index import twin

KERNEL_DIR = Path(__file__).resolve().parents[2] / "kernels"
KERNEL_SOURCE = KERNEL_DIR / "lexer.cu"
THREADS = 256
MAX_BLOCKS = 16384
SCAN_BLOCK = 64  # lines per block of the transition scan (as twin.scan_states)

# Argument kinds of each kernel: p pointer, q int64, i int32 (the order of lexer.cu).
SIGNATURES = {
    "classify": "pqp",
    "run_back": "ppqip",
    "starts_word": "ppqp",
    "indent_columns": "ppqpp",
    "compose_blocks": "pqiqp",
    "apply_blocks": "pqiqpp",
    "lex_lines": "ppq" + "pppppp" + "pppppp" + "ipp" + "ppppppp",
}


def kernel_source() -> str:
    """The CUDA C source of the lexer kernels."""
    return KERNEL_SOURCE.read_text(encoding="utf-8")


class CupyKernels:
    """The kernels compiled by NVRTC (CuPy ``RawModule``), on arrays in device memory."""

    def __init__(self) -> None:
        import cupy

        self.xp = cupy
        module = cupy.RawModule(code=kernel_source(), options=("--std=c++14",))
        self.functions = {name: module.get_function(name) for name in SIGNATURES}

    def upload(self, array: np.ndarray) -> Any:
        """A device copy of a host array."""
        return self.xp.asarray(array)

    def download(self, array: Any) -> np.ndarray:
        """A host copy of a device array."""
        return self.xp.asnumpy(array)

    def launch(self, name: str, items: int, *args: Any) -> None:
        """Run kernel ``name`` over ``items`` items (grid-stride: any grid covers them all)."""
        blocks = max(1, min(-(-items // THREADS), MAX_BLOCKS))
        self.functions[name]((blocks,), (THREADS,), _scalars(name, args))

    def synchronize(self) -> None:
        """Wait for the launched kernels (for timings)."""
        self.xp.cuda.get_current_stream().synchronize()


class HostKernels:
    """The same kernels built as host C++ (one-thread grid), on NumPy arrays."""

    def __init__(self, compiler: str | None = None) -> None:
        self.xp = np
        library = ctypes.CDLL(str(build_host_library(compiler)))
        self.functions = {}
        for name, kinds in SIGNATURES.items():
            function = getattr(library, name)
            function.restype = None
            function.argtypes = [_CTYPES[kind] for kind in kinds]
            self.functions[name] = function

    def upload(self, array: np.ndarray) -> np.ndarray:
        return np.ascontiguousarray(array)

    def download(self, array: np.ndarray) -> np.ndarray:
        return np.asarray(array)

    def launch(self, name: str, items: int, *args: Any) -> None:
        del items  # one thread walks every item
        converted = [
            arg.ctypes.data_as(ctypes.c_void_p) if kind == "p" else arg
            for kind, arg in zip(SIGNATURES[name], _scalars(name, args), strict=True)
        ]
        self.functions[name](*converted)

    def synchronize(self) -> None:
        return None


_CTYPES = {"p": ctypes.c_void_p, "q": ctypes.c_longlong, "i": ctypes.c_int}


def _scalars(name: str, args: tuple[Any, ...]) -> tuple[Any, ...]:
    """Scalars as the kernel's C types (CuPy needs NumPy scalars of the right width)."""
    kinds = SIGNATURES[name]
    if len(kinds) != len(args):
        raise TypeError(f"kernel {name} takes {len(kinds)} arguments, got {len(args)}")
    cast = {"q": np.int64, "i": np.int32}
    return tuple(cast[k](a) if k in cast else a for k, a in zip(kinds, args, strict=True))


def build_host_library(compiler: str | None = None) -> Path:
    """Compile ``kernels/lexer.cu`` as a host shared library (cached by source hash)."""
    cxx = compiler or shutil.which("g++") or shutil.which("clang++")
    if cxx is None:
        raise RuntimeError("no C++ compiler (g++ or clang++) to build the host kernels")
    source = kernel_source() + (KERNEL_DIR / "host_emulation.h").read_text(encoding="utf-8")
    digest = hashlib.sha256(source.encode()).hexdigest()[:16]
    target = Path(tempfile.gettempdir()) / f"portalis-lexer-{digest}.so"
    if not target.exists():
        partial = target.with_suffix(f".{np.random.default_rng().integers(1 << 30)}.tmp")
        command = [
            cxx,
            "-O2",
            "-shared",
            "-fPIC",
            "-x",
            "c++",
            "-include",
            str(KERNEL_DIR / "host_emulation.h"),
            str(KERNEL_SOURCE),
            "-o",
            str(partial),
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"building the host kernels failed:\n{done.stderr}")
        partial.replace(target)
    return target


class DeviceOps(twin.HostOps):
    """The twin's byte-level passes as kernels over one device copy of the batch buffer."""

    def __init__(self, buf: np.ndarray, kernels: CupyKernels | HostKernels) -> None:
        super().__init__(buf)
        self.kernels = kernels
        self.device_buf = kernels.upload(buf)

    def events(self, total: int) -> np.ndarray:
        k = self.kernels
        flags = k.xp.empty(total, dtype=np.uint8)
        k.launch("classify", total, self.device_buf, total, flags)
        return k.download(k.xp.flatnonzero(flags)).astype(np.int64)

    def run_back(self, at: np.ndarray, byte: int) -> np.ndarray:
        k = self.kernels
        out = k.xp.empty(len(at), dtype=np.int64)
        if len(at):
            k.launch("run_back", len(at), self.device_buf, k.upload(_i64(at)), len(at), byte, out)
        return k.download(out)

    def starts_word(self, at: np.ndarray) -> np.ndarray:
        k = self.kernels
        out = k.xp.empty(len(at), dtype=np.uint8)
        if len(at):
            k.launch("starts_word", len(at), self.device_buf, k.upload(_i64(at)), len(at), out)
        return k.download(out).astype(bool)

    def columns(self, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        k = self.kernels
        col = k.xp.empty(len(at), dtype=np.int64)
        first = k.xp.empty(len(at), dtype=np.int64)
        if len(at):
            k.launch(
                "indent_columns", len(at), self.device_buf, k.upload(_i64(at)), len(at), col, first
            )
        return k.download(col), k.download(first)

    def scan(self, table: np.ndarray) -> np.ndarray:
        if len(table) == 0:
            return np.zeros(0, dtype=np.int8)
        k = self.kernels
        device_table = k.upload(np.ascontiguousarray(table, dtype=np.int8))
        return k.download(self._scan(device_table, len(table)))

    def _scan(self, table: Any, n: int) -> Any:
        """Start states of ``n`` rows of ``table`` (device arrays), one level per call."""
        k = self.kernels
        nblocks = -(-n // SCAN_BLOCK)
        if nblocks == 1:
            block_start = k.xp.zeros(1, dtype=np.int8)
        else:
            composed = k.xp.empty(nblocks * twin.N_STATES, dtype=np.int8)
            k.launch("compose_blocks", nblocks, table, n, SCAN_BLOCK, nblocks, composed)
            block_start = self._scan(composed, nblocks)
        start = k.xp.empty(n, dtype=np.int8)
        k.launch("apply_blocks", nblocks, table, n, SCAN_BLOCK, nblocks, block_start, start)
        return start

    def lex_lines(
        self, lines: twin._Lines, sp: twin._Specials, line: np.ndarray, state: np.ndarray
    ) -> twin._Run:
        """The string/comment state machine, one kernel thread per (line, start state)."""
        k = self.kernels
        n = len(line)
        if n == 0:
            return twin._lex_lines(lines, sp, line, state)
        xp = k.xp
        up = k.upload
        facts = [
            up(_i64(line)),
            up(np.ascontiguousarray(state, dtype=np.int8)),
            n,
            up(np.ascontiguousarray(sp.kind, dtype=np.int8)),
            up(_i64(sp.pos)),
            up(_u8(sp.triple)),
            up(_u8(sp.plain)),
            up(_i64(sp.prefix)),
            up(_i64(sp.event)),
            up(_i64(sp.line_lo)),
            up(_i64(sp.line_hi)),
            up(_u8(lines.ends_bs)),
            up(_u8(lines.ends_bs_odd)),
            up(_i64(lines.content_end)),
            up(_i64(lines.last_event)),
        ]
        end_state = xp.empty(n, dtype=np.int8)
        open_at = xp.empty(n, dtype=np.int64)
        open_event = xp.empty(n, dtype=np.int64)
        n_strings = xp.empty(n, dtype=np.int64)
        n_comments = xp.empty(n, dtype=np.int64)
        unused = xp.empty(1, dtype=np.int64)
        k.launch(
            "lex_lines",
            n,
            *facts,
            0,
            unused,
            unused,
            end_state,
            open_at,
            open_event,
            n_strings,
            n_comments,
            unused,
            unused,
        )
        string_at = xp.cumsum(n_strings) - n_strings
        comment_at = xp.cumsum(n_comments) - n_comments
        total_strings = int(n_strings.sum()) if n else 0
        total_comments = int(n_comments.sum()) if n else 0
        strings = xp.empty((max(total_strings, 1), 5), dtype=np.int64)
        comments = xp.empty((max(total_comments, 1), 5), dtype=np.int64)
        k.launch(
            "lex_lines",
            n,
            *facts,
            1,
            string_at,
            comment_at,
            end_state,
            open_at,
            open_event,
            n_strings,
            n_comments,
            strings,
            comments,
        )
        return twin._Run(
            k.download(end_state),
            k.download(open_at),
            k.download(open_event),
            k.download(strings)[:total_strings],
            k.download(comments)[:total_comments],
        )


def _u8(values: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(values, dtype=np.uint8)


def _i64(values: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(values, dtype=np.int64)


@functools.cache
def _probe() -> tuple[CupyKernels | None, str]:
    try:
        import cupy
    except ImportError:
        return None, "CuPy is not installed"
    try:
        count = cupy.cuda.runtime.getDeviceCount()
    except Exception as err:  # no driver, no device: CuPy raises its runtime error
        return None, f"no CUDA device ({type(err).__name__}: {err})"
    if count < 1:
        return None, "no CUDA device"
    try:
        return CupyKernels(), ""
    except Exception as err:  # NVRTC failures name the line of lexer.cu
        return None, f"the lexer kernels do not compile: {err}"


def available() -> bool:
    """Whether CuPy, a CUDA device and the compiled kernels are all there."""
    return _probe()[0] is not None


def unavailable_reason() -> str:
    """Why the GPU path cannot run ('' when it can)."""
    return _probe()[1]


def device_name() -> str:
    """The CUDA device's name, or 'not available'."""
    if not available():
        return "not available"
    import cupy

    props = cupy.cuda.runtime.getDeviceProperties(cupy.cuda.Device().id)
    name = props["name"]
    return name.decode() if isinstance(name, bytes) else str(name)


def lex_batch(
    buf: np.ndarray,
    fstart: np.ndarray,
    fend: np.ndarray,
    kernels: CupyKernels | HostKernels | None = None,
) -> twin.LexedBatch:
    """Lex a packed batch with the kernels (CuPy on the GPU unless ``kernels`` is given)."""
    if kernels is None:
        kernels, reason = _probe()
        if kernels is None:
            raise RuntimeError(f"the GPU lexer cannot run: {reason}")
    return twin.lex_batch(buf, fstart, fend, ops=DeviceOps(buf, kernels))

"""Agreement of a lexer (the NumPy twin, the GPU) with ``tokenize`` over a body of files.

Used by ``benchmarks/index_agreement.py`` and the tests: every file is indexed in byte-sized
batches by the lexer under test and, one by one, by :func:`reference_index` (``tokenize``).
"""

from __future__ import annotations

import multiprocessing
import random
import sysconfig
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from portalis_ray.index.structural import first_difference, reference_index, structural_index

BATCH_BYTES = 4_000_000


@dataclass
class Agreement:
    """Files checked, files whose index equals tokenize's, and the differences found."""

    files: int = 0
    agree: int = 0
    bytes: int = 0
    differences: list[str] = field(default_factory=list)

    def add(self, other: Agreement) -> None:
        self.files += other.files
        self.agree += other.agree
        self.bytes += other.bytes
        self.differences.extend(other.differences)


def python_files(roots: Sequence[str | Path], skip: Sequence[str] = ()) -> list[Path]:
    """Every ``*.py`` file under ``roots`` but under a directory named in ``skip``, sorted."""
    found: set[Path] = set()
    for root in roots:
        for path in Path(root).rglob("*.py"):
            inside = path.relative_to(root).parts[:-1]
            if path.is_file() and not any(part in skip for part in inside):
                found.add(path)
    return sorted(found)


def stdlib_files() -> list[Path]:
    """The running interpreter's standard library, test/ and lib2to3/ included, but not the
    site-packages directory that lives inside it."""
    return python_files([sysconfig.get_paths()["stdlib"]], skip=("site-packages",))


def batches(paths: Sequence[Path], limit: int = BATCH_BYTES) -> Iterator[list[Path]]:
    """Consecutive groups of about ``limit`` bytes."""
    group: list[Path] = []
    size = 0
    for path in paths:
        group.append(path)
        size += path.stat().st_size
        if size >= limit:
            yield group
            group, size = [], 0
    if group:
        yield group


def check_batch(job: tuple[list[Path], str]) -> Agreement:
    """Index one batch with the lexer under test and compare each file with tokenize's."""
    paths, device = job
    sources = [p.read_bytes() for p in paths]
    found = Agreement(files=len(paths), bytes=sum(map(len, sources)))
    for path, data, index in zip(paths, sources, structural_index(sources, device), strict=True):
        diff = first_difference(index, reference_index(data))
        if diff is None:
            found.agree += 1
        else:
            found.differences.append(f"{path}: {diff}")
    return found


def agreement(paths: Sequence[Path], device: str = "cpu", workers: int = 1) -> Agreement:
    """Compare the lexer on ``device`` with tokenize on every file of ``paths``."""
    jobs = [(group, device) for group in batches(paths)]
    total = Agreement()
    if workers > 1:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for part in pool.imap_unordered(check_batch, jobs):
                total.add(part)
    else:
        for job in jobs:
            total.add(check_batch(job))
    return total


# Pieces the fuzzer inserts: what the lexer's state machine and indentation turn on.
FUZZ_PIECES = (
    b"'",
    b'"',
    b"'''",
    b'"""',
    b"\\\n",
    b"\n",
    b"(",
    b")",
    b"[",
    b"}",
    b"#",
    b" ",
    b"\t",
    b"\r\n",
    b"\x0c",
    b"f'",
    b"rb'",
    b"\\",
    b"    ",
    b"@",
    b"\n\n  ",
    "\u00e9".encode(),
)


def broken(data: bytes, rng: random.Random, mutations: int, head: int = 3000) -> bytes:
    """``data``'s first ``head`` bytes with 1 to ``mutations`` random pieces inserted or cut."""
    out = bytearray(data[:head])
    for _ in range(rng.randint(1, mutations)):
        at = rng.randrange(len(out) + 1)
        if out and rng.random() < 0.3:
            del out[at : at + rng.randint(1, 5)]
        else:
            out[at:at] = rng.choice(FUZZ_PIECES)
    return bytes(out)


def fuzz(
    paths: Sequence[Path], cases: int, seed: int = 0, mutations: int = 4, device: str = "cpu"
) -> Agreement:
    """Compare the lexer with tokenize on ``cases`` randomly broken copies of ``paths``."""
    rng = random.Random(seed)
    found = Agreement()
    for _ in range(cases):
        data = broken(rng.choice(paths).read_bytes(), rng, mutations)
        (index,) = structural_index([data], device)
        diff = first_difference(index, reference_index(data))
        found.add(Agreement(1, int(diff is None), len(data), [] if diff is None else [diff]))
    return found

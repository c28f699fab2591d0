"""The index stage of the dataflow: an actor pool that indexes a batch of files in one lexer pass.

Each actor lexes its batch in groups of about ``batch_bytes`` (one batched kernel pass on a GPU
actor, one twin pass on a CPU actor per group), then indexes each file on that structure:
statement units, and syntax errors located per statement. Batches are sized by bytes, so a
pass covers many small files or a few large ones alike, and ``balanced_listing`` orders the
files so that the read shards hold equal bytes rather than equal file counts.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from portalis_ray.config import IndexConfig
from portalis_ray.diagnostics import Diagnostic
from portalis_ray.index.source import SourceIndex, index_source, line_starts
from portalis_ray.index.structural import StructuralIndex, structural_index
from portalis_ray.ingest import PathNamer, SourceListing
from portalis_ray.schemas import (
    INDEXED_SCHEMA,
    SOURCE_SCHEMA,
    diagnostics_to_rows,
    require_columns,
    rows_to_table,
)

if TYPE_CHECKING:
    import ray.data


class SourceIndexer:
    """Ray Data UDF: ``{path, bytes}`` batches -> indexed file rows (INDEXED_SCHEMA)."""

    def __init__(self, namer: PathNamer, device: str = "cpu", batch_bytes: int = 8_000_000) -> None:
        if device == "gpu":
            from portalis_ray.index import gpu

            if not gpu.available():  # an actor given a GPU it cannot use says so at once
                raise RuntimeError(
                    f"index.device is gpu (or index.num_gpus > 0) but {gpu.unavailable_reason()}"
                    "; set index.device: cpu or install CuPy on the GPU nodes"
                )
        self.namer = namer
        self.device = device
        self.batch_bytes = batch_bytes

    def __call__(self, batch: pa.Table) -> pa.Table:
        """Index every file of the batch (one structural-index pass per ``batch_bytes``)."""
        require_columns(batch, SOURCE_SCHEMA, "index")
        paths = batch.column("path").to_pylist()
        sources = batch.column("bytes").to_pylist()
        structures: list[StructuralIndex | None] = []
        shares: list[float] = []
        for lo, hi in byte_groups([len(data) for data in sources], self.batch_bytes):
            started = time.perf_counter()
            try:
                structures.extend(structural_index(sources[lo:hi], device=self.device))
            except Exception:  # a lexer bug must not cost the batch: index file by file
                structures.extend([None] * (hi - lo))
            shares.extend([(time.perf_counter() - started) * 1000.0 / (hi - lo)] * (hi - lo))
        rows = [
            self._row(path, data, structure, share)
            for path, data, structure, share in zip(paths, sources, structures, shares, strict=True)
        ]
        return rows_to_table(rows, INDEXED_SCHEMA, "index")

    def _row(
        self, path: str, data: bytes, structure: StructuralIndex | None, lex_ms: float
    ) -> dict[str, Any]:
        started = time.perf_counter()
        shown = self.namer.display(path)
        try:
            idx = index_source(shown, data, structure)
        except Exception as err:  # a bug here must cost one file, not the run
            idx = SourceIndex(
                None,
                "",
                line_starts(data),
                [],
                "failed",
                "index stage crashed",
                [
                    Diagnostic(
                        shown, 1, 1, "internal", f"index stage crashed: {type(err).__name__}: {err}"
                    )
                ],
            )
        return {
            "path": path,
            "relpath": self.namer.relpath(path),
            "size": len(data),
            "lines": idx.lines,
            "status": idx.status,
            "reason": idx.reason,
            "diagnostics": diagnostics_to_rows(idx.diagnostics),
            "text": idx.text,
            "encoding": idx.encoding,
            "line_starts": idx.line_starts,
            "statements": [{"start": s, "end": e} for s, e in idx.statements],
            "units": idx.units,
            "index_ms": lex_ms + (time.perf_counter() - started) * 1000.0,
        }


def byte_groups(sizes: Sequence[int], limit: int) -> list[tuple[int, int]]:
    """Consecutive ``[lo, hi)`` groups of about ``limit`` bytes (one lexer pass each).

    A group closes once it holds ``limit`` bytes or more; a file larger than ``limit`` is a
    group of its own.
    """
    groups: list[tuple[int, int]] = []
    lo, held = 0, 0
    for i, size in enumerate(sizes):
        if i > lo and held + size > limit:
            groups.append((lo, i))
            lo, held = i, 0
        held += size
    if lo < len(sizes):
        groups.append((lo, len(sizes)))
    return groups


def balanced_order(sizes: Sequence[int], shards: int) -> list[int]:
    """An order of the files whose ``shards`` consecutive equal-count slices hold equal bytes.

    Ray Data's file reads split the path list into ``shards`` slices of (nearly) equal file
    counts, in order (``np.array_split``); dealing the files largest first back and forth
    over the shards, then laying the shards end to end (the ones with an extra file first, as
    ``array_split`` makes them), balances those slices by bytes instead of by count.
    """
    n = len(sizes)
    shards = max(1, min(shards, n))
    if shards == 1:
        return list(range(n))
    by_size = sorted(range(n), key=lambda i: (-sizes[i], i))
    dealt: list[list[int]] = [[] for _ in range(shards)]
    for rank, i in enumerate(by_size):
        turn, seat = divmod(rank, shards)
        dealt[seat if turn % 2 == 0 else shards - 1 - seat].append(i)
    dealt.sort(key=len, reverse=True)  # stable: equal counts keep their order
    return [i for shard in dealt for i in shard]


def balanced_listing(listing: SourceListing, shards: int) -> SourceListing:
    """The listing with its files to read in :func:`balanced_order` (the others after them)."""
    to_read = listing.to_read
    order = balanced_order([f.size for f in to_read], shards)
    files = [to_read[i] for i in order] + listing.decided
    return dataclasses.replace(listing, files=files)


def rows_per_batch(cfg: IndexConfig, sizes: list[int] | None) -> int:
    """Files per index batch: about ``batch_bytes`` of source, at most ``batch_size`` files."""
    if not sizes:
        return cfg.batch_size
    mean = max(1, sum(sizes) // len(sizes))
    return max(1, min(cfg.batch_size, cfg.batch_bytes // mean))


def lexer_device(cfg: IndexConfig) -> str:
    """The lexer an index actor runs: the GPU only when the actor is given one."""
    if cfg.device == "auto":
        return "gpu" if cfg.num_gpus > 0 else "cpu"
    return cfg.device


def index_stage(
    ds: ray.data.Dataset, cfg: IndexConfig, namer: PathNamer, sizes: list[int] | None = None
) -> ray.data.Dataset:
    """Add the index stage to the dataflow: an actor pool of :class:`SourceIndexer`.

    ``sizes`` (the files' byte sizes, known from the listing) turn ``batch_bytes`` into a
    batch size; with GPUs each actor asks for ``num_gpus`` (fractions share a device).
    """
    import ray.data

    options: dict[str, Any] = {"num_cpus": cfg.num_cpus}
    if cfg.num_gpus > 0:
        options["num_gpus"] = cfg.num_gpus
    return ds.map_batches(
        SourceIndexer,
        fn_constructor_kwargs={
            "namer": namer,
            "device": lexer_device(cfg),
            "batch_bytes": cfg.batch_bytes,
        },
        compute=ray.data.ActorPoolStrategy(size=cfg.actors),
        batch_size=rows_per_batch(cfg, sizes),
        batch_format="pyarrow",
        **options,
    )

"""Index stage: decode each source, find its lines and top-level statements, locate syntax errors.

The structural index (line starts, statement spans) is what later stages and the GPU lexer
(issue 5) share; this module is its CPU implementation on ``ast``/``compile``.
"""

from __future__ import annotations

import ast
import codecs
import io
import re
import time
import tokenize
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from portalis_ray.config import IndexConfig
from portalis_ray.diagnostics import Diagnostic
from portalis_ray.ingest import PathNamer
from portalis_ray.schemas import (
    INDEXED_SCHEMA,
    SOURCE_SCHEMA,
    diagnostics_to_rows,
    require_columns,
    rows_to_table,
)

if TYPE_CHECKING:
    import ray.data

# Python's universal newlines: \r\n, \r and \n all end a line (and SyntaxError counts so).
_NEWLINE = re.compile(rb"\r\n|\r|\n")
_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=]")
_BOM = codecs.BOM_UTF8


@dataclass
class SourceIndex:
    """The structural index of one source file."""

    text: str | None
    encoding: str
    line_starts: list[int]
    statements: list[tuple[int, int]]  # byte spans of top-level statements
    status: str  # "pending" (goes on) | "failed" | "skipped"
    reason: str = ""
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def lines(self) -> int:
        """Physical line count."""
        return len(self.line_starts)

    @property
    def units(self) -> int:
        """Top-level statements (the units later stages work on)."""
        return len(self.statements)


def line_starts(data: bytes) -> list[int]:
    """Byte offset of the start of every physical line."""
    if not data:
        return []
    starts = [0]
    starts.extend(m.end() for m in _NEWLINE.finditer(data) if m.end() < len(data))
    return starts


def locate(data: bytes, offset: int, encoding: str = "utf-8") -> tuple[int, int]:
    """1-based (line, column in characters) of a byte offset."""
    prefix = data[:offset]
    newlines = list(_NEWLINE.finditer(prefix))
    start = newlines[-1].end() if newlines else 0
    column = len(prefix[start:].decode(encoding, errors="replace"))
    return len(newlines) + 1, column + 1


def _cookie_line(data: bytes) -> int:
    """1 or 2 for the line holding a PEP 263 cookie (or a BOM), 0 when there is none."""
    if data.startswith(_BOM):
        return 1
    for number, line in enumerate(data.splitlines()[:2], start=1):
        if _COOKIE.match(line):
            return number
    return 0


def decode_source(path: str, data: bytes) -> tuple[str | None, str, list[Diagnostic]]:
    """Decode like CPython (BOM, PEP 263 cookie); locate the first byte that prevents it."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as err:
        line = _cookie_line(data)
        if line == 0:
            # No cookie: tokenize only saw non-UTF-8 bytes in the first lines; decoding
            # below names the exact byte.
            encoding = "utf-8"
        else:
            return None, "", [Diagnostic(path, line, 1, "decode", f"cannot decode: {err}")]
    problems: list[tuple[int, str, str]] = []
    nul = data.find(b"\x00")
    if nul >= 0:
        problems.append((nul, "nul-byte", "source contains a NUL byte (binary file?)"))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        base = len(_BOM) if encoding == "utf-8-sig" else 0
        bad = data[base + err.start : base + err.start + 1]
        problems.append(
            (base + err.start, "decode", f"invalid {encoding} byte 0x{bad.hex()}: {err.reason}")
        )
        text = None
    if problems:
        offset, code, message = min(problems)
        line, col = locate(data, offset, "utf-8" if encoding == "utf-8-sig" else encoding)
        return None, encoding, [Diagnostic(path, line, col, code, message)]
    return text, encoding, []


def _statement_spans(tree: ast.Module, text: str, bom: int) -> list[tuple[int, int]]:
    # ast columns are UTF-8 byte offsets; spans are offsets into the UTF-8 encoded text
    # (the original bytes for UTF-8 files, shifted past a BOM).
    starts = [0, *line_starts(text.encode("utf-8"))[1:]]
    spans = []
    for node in tree.body:
        first = min([node, *getattr(node, "decorator_list", [])], key=lambda n: n.lineno)
        # Decorators belong to the def they decorate; '@' sits one column before the expr.
        start_col = first.col_offset - (1 if first is not node else 0)
        start = starts[first.lineno - 1] + start_col
        end = starts[(node.end_lineno or node.lineno) - 1] + (node.end_col_offset or 0)
        spans.append((start + bom, end + bom))
    return spans


def _syntax_diagnostic(path: str, err: SyntaxError) -> Diagnostic:
    kind = type(err).__name__
    message = err.msg if kind == "SyntaxError" else f"{kind}: {err.msg}"
    return Diagnostic(path, err.lineno or 1, max(err.offset or 1, 1), "syntax-error", message)


def parse_source(path: str, text: str) -> tuple[ast.Module | None, list[Diagnostic]]:
    """Parse and compile ``text`` as CPython would; syntax errors and warnings are located."""
    diagnostics: list[Diagnostic] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tree = ast.parse(text, filename=path)
            # compile() finds what the parser accepts but CPython rejects ('return' outside
            # a function, 'break' outside a loop, ...).
            compile(tree, path, "exec", dont_inherit=True)
        except SyntaxError as err:
            return None, [_syntax_diagnostic(path, err)]
        except (RecursionError, MemoryError):
            return None, [Diagnostic(path, 1, 1, "syntax-error", "too deeply nested to parse")]
    for warning in caught:
        if warning.filename == path and issubclass(
            warning.category, SyntaxWarning | DeprecationWarning
        ):
            diagnostics.append(
                Diagnostic(
                    path, warning.lineno or 1, 1, "syntax-warning", str(warning.message), "warning"
                )
            )
    return tree, diagnostics


def index_source(path: str, data: bytes) -> SourceIndex:
    """Build the structural index of one file; never raises for bad input."""
    starts = line_starts(data)
    if not data.strip():
        return SourceIndex("", "utf-8", starts, [], "skipped", "empty file: nothing to translate")
    text, encoding, diagnostics = decode_source(path, data)
    if text is None:
        return SourceIndex(
            None, encoding, starts, [], "failed", diagnostics[0].message, diagnostics
        )
    tree, diagnostics = parse_source(path, text)
    if tree is None:
        return SourceIndex(
            text,
            encoding,
            starts,
            [],
            "failed",
            f"syntax error: {diagnostics[0].message}",
            diagnostics,
        )
    spans = _statement_spans(tree, text, len(_BOM) if data.startswith(_BOM) else 0)
    if not spans:
        return SourceIndex(
            text,
            encoding,
            starts,
            [],
            "skipped",
            "no statements (only comments or blank lines)",
            diagnostics,
        )
    return SourceIndex(text, encoding, starts, spans, "pending", "", diagnostics)


class SourceIndexer:
    """Ray Data UDF: ``{path, bytes}`` batches -> indexed file rows (INDEXED_SCHEMA)."""

    def __init__(self, namer: PathNamer) -> None:
        self.namer = namer

    def __call__(self, batch: pa.Table) -> pa.Table:
        """Index every file of the batch."""
        require_columns(batch, SOURCE_SCHEMA, "index")
        rows = [
            self._row(path, data)
            for path, data in zip(
                batch.column("path").to_pylist(), batch.column("bytes").to_pylist(), strict=True
            )
        ]
        return rows_to_table(rows, INDEXED_SCHEMA, "index")

    def _row(self, path: str, data: bytes) -> dict[str, Any]:
        started = time.perf_counter()
        shown = self.namer.display(path)
        try:
            idx = index_source(shown, data)
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
            "index_ms": (time.perf_counter() - started) * 1000.0,
        }


def index_stage(ds: ray.data.Dataset, cfg: IndexConfig, namer: PathNamer) -> ray.data.Dataset:
    """Add the index stage to the dataflow: an actor pool of :class:`SourceIndexer`."""
    import ray.data

    options: dict[str, Any] = {"num_cpus": cfg.num_cpus}
    if cfg.num_gpus > 0:
        options["num_gpus"] = cfg.num_gpus
    return ds.map_batches(
        SourceIndexer,
        fn_constructor_kwargs={"namer": namer},
        compute=ray.data.ActorPoolStrategy(size=cfg.actors),
        batch_size=cfg.batch_size,
        batch_format="pyarrow",
        **options,
    )

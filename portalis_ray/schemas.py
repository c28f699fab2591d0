"""Arrow row schemas of every pipeline stage, declared once and checked at stage boundaries."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa

from portalis_ray.diagnostics import Diagnostic

DIAGNOSTIC = pa.struct(
    [
        ("path", pa.string()),
        ("line", pa.int64()),
        ("col", pa.int64()),
        ("code", pa.string()),
        ("message", pa.string()),
        ("severity", pa.string()),
    ]
)
DIAGNOSTICS = pa.list_(DIAGNOSTIC)

SPAN = pa.struct([("start", pa.int64()), ("end", pa.int64())])

PARAM = pa.struct([("name", pa.string()), ("type", pa.string())])

CONTRACT = pa.struct(
    [
        ("module", pa.string()),
        ("name", pa.string()),
        ("kind", pa.string()),
        ("params", pa.list_(PARAM)),
        ("returns", pa.string()),
        ("line", pa.int64()),
        ("col", pa.int64()),
    ]
)

# What ingest hands to Ray Data (read_binary_files with include_paths=True).
SOURCE_SCHEMA = pa.schema([("path", pa.string()), ("bytes", pa.binary())])

# Columns every stage after ingest carries, so each input file stays one row.
_FILE_COLUMNS = [
    ("path", pa.string()),  # absolute path as read
    ("relpath", pa.string()),  # relative to the SRC root, '/'-separated
    ("size", pa.int64()),
    ("lines", pa.int64()),
    ("status", pa.string()),  # pending | failed | skipped | translated
    ("reason", pa.string()),
    ("diagnostics", DIAGNOSTICS),
]

INDEXED_SCHEMA = pa.schema(
    [
        *_FILE_COLUMNS,
        ("text", pa.large_string()),  # decoded source, null when it could not be decoded
        ("encoding", pa.string()),
        ("line_starts", pa.list_(pa.int64())),
        ("statements", pa.list_(SPAN)),  # top-level statement byte spans
        ("units", pa.int64()),
        ("index_ms", pa.float64()),
    ]
)

ANALYZED_SCHEMA = pa.schema(
    [
        *INDEXED_SCHEMA,
        ("contracts", pa.list_(CONTRACT)),
        ("analyze_ms", pa.float64()),
    ]
)

TRANSLATED_SCHEMA = pa.schema(
    [
        *_FILE_COLUMNS,
        ("units_total", pa.int64()),
        ("units_translated", pa.int64()),
        ("backend", pa.string()),
        ("rust", pa.large_string()),  # the crate's src/main.rs; null when translation failed
        ("contracts", pa.list_(CONTRACT)),
        ("index_ms", pa.float64()),
        ("analyze_ms", pa.float64()),
        ("translate_ms", pa.float64()),
    ]
)

# contracts.parquet: per-file contracts, and for projects also methods and classes
# (kind "method" / "class"), class fields and bases, and the exceptions a function raises.
CONTRACT_TABLE_SCHEMA = pa.schema(
    [
        ("path", pa.string()),
        *CONTRACT,
        ("end_line", pa.int64()),
        ("fields", pa.list_(PARAM)),
        ("bases", pa.list_(pa.string())),
        ("raises", pa.list_(pa.string())),
    ]
)

STAGE_SCHEMAS: dict[str, pa.Schema] = {
    "ingest": SOURCE_SCHEMA,
    "index": INDEXED_SCHEMA,
    "analyze": ANALYZED_SCHEMA,
    "translate": TRANSLATED_SCHEMA,
}


class SchemaError(TypeError):
    """A stage received or produced rows that do not match its declared schema."""


def require_columns(table: pa.Table, schema: pa.Schema, stage: str) -> None:
    """Fail loudly when ``table`` lacks a column of ``schema`` or has it with another type."""
    for field in schema:
        if field.name not in table.column_names:
            raise SchemaError(f"stage {stage!r}: input lacks column {field.name!r}")
        actual = table.schema.field(field.name).type
        if not _compatible(actual, field.type):
            raise SchemaError(
                f"stage {stage!r}: column {field.name!r} is {actual}, expected {field.type}"
            )


def _compatible(actual: pa.DataType, expected: pa.DataType) -> bool:
    if actual.equals(expected):
        return True
    # Ray Data may hand strings back as large_string (and the reverse); same values.
    strings = {pa.string(), pa.large_string()}
    binaries = {pa.binary(), pa.large_binary()}
    return (actual in strings and expected in strings) or (
        actual in binaries and expected in binaries
    )


def rows_to_table(rows: Iterable[Mapping[str, Any]], schema: pa.Schema, stage: str) -> pa.Table:
    """Build a stage's output table; a row that does not fit the schema is a stage bug."""
    rows = list(rows)
    try:
        return pa.Table.from_pylist(rows, schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError, KeyError, TypeError) as err:
        raise SchemaError(f"stage {stage!r}: output does not match its schema: {err}") from err


def conform(table: pa.Table, schema: pa.Schema, stage: str) -> pa.Table:
    """Check and cast a collected table to ``schema`` (column order and string widths)."""
    require_columns(table, schema, stage)
    try:
        return table.select(schema.names).cast(schema)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as err:
        raise SchemaError(f"stage {stage!r}: cannot cast to its schema: {err}") from err


def diagnostics_to_rows(diagnostics: Iterable[Diagnostic]) -> list[dict[str, Any]]:
    """Diagnostics as Arrow-ready dicts."""
    return [d.to_dict() for d in diagnostics]


def diagnostics_from_rows(rows: Iterable[Mapping[str, Any]] | None) -> list[Diagnostic]:
    """Inverse of :func:`diagnostics_to_rows`."""
    return [Diagnostic.from_dict(dict(r)) for r in rows or ()]


# The per-file report (one row per input file), as TranslationResult.table() returns it.
REPORT_SCHEMA = pa.schema(
    [
        ("path", pa.string()),
        ("relpath", pa.string()),
        ("outcome", pa.string()),  # translated | failed | skipped
        ("reason", pa.string()),
        ("crate", pa.string()),
        ("binary", pa.string()),
        ("diagnostics", DIAGNOSTICS),
        ("units_total", pa.int64()),
        ("units_translated", pa.int64()),
        ("lines", pa.int64()),
        ("size", pa.int64()),
        ("backend", pa.string()),
        ("translate_ms", pa.float64()),
        ("built", pa.bool_()),
        ("verified", pa.bool_()),
        ("python_exit", pa.int64()),
        ("rust_exit", pa.int64()),
        ("diff", pa.string()),
    ]
)

"""One source's index: decoding like CPython, statement units, located syntax errors.

Statement spans come from the structural index (``structural.py``: the GPU lexer or its NumPy
twin); ``ast``/``compile`` then check the module, and when it does not parse, each top-level
statement is parsed on its own so every bad one is reported at its place while the others
stay indexed.
"""

from __future__ import annotations

import ast
import codecs
import io
import re
import tokenize
import warnings
from dataclasses import dataclass, field

from portalis_ray.diagnostics import Diagnostic
from portalis_ray.index.structural import StructuralIndex, structural_index

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


def _unit_errors(
    path: str, data: bytes, encoding: str, spans: list[tuple[int, int]]
) -> list[Diagnostic]:
    """Parse each top-level statement alone; every one that fails, located in the file."""
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    found = []
    for start, end in spans:
        unit = data[start:end].decode(codec, errors="replace")
        tree, diagnostics = parse_source(path, unit)
        if tree is not None:
            continue
        diag = diagnostics[0]
        line, col = locate(data, start, codec)
        found.append(
            Diagnostic(
                path,
                line + diag.line - 1,
                diag.col + (col - 1 if diag.line == 1 else 0),
                diag.code,
                diag.message,
            )
        )
    return found


def index_source(path: str, data: bytes, structure: StructuralIndex | None = None) -> SourceIndex:
    """Build the index of one file (its structural index given or computed); never raises."""
    starts = line_starts(data)
    if not data.strip():
        return SourceIndex("", "utf-8", starts, [], "skipped", "empty file: nothing to translate")
    text, encoding, diagnostics = decode_source(path, data)
    if text is None:
        return SourceIndex(
            None, encoding, starts, [], "failed", diagnostics[0].message, diagnostics
        )
    if structure is None:
        structure = structural_index([data], device="cpu")[0]
    spans = [(int(s), int(e)) for s, e in structure.statements.tolist()]
    tree, diagnostics = parse_source(path, text)
    if tree is None:
        # Report each statement that fails on its own where it is; when none does alone (an
        # error only the whole module shows), the module's own error stands.
        diagnostics = _unit_errors(path, data, encoding, spans) or diagnostics
        return SourceIndex(
            text,
            encoding,
            starts,
            spans,
            "failed",
            f"syntax error: {diagnostics[0].message}",
            diagnostics,
        )
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

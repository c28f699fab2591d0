"""The structural index of Python sources: tokenize's layout tokens as byte offsets, per batch.

``structural_index(sources)`` lexes a whole batch at once on the GPU (``kernels/lexer.cu``
through CuPy) or with the NumPy twin (``twin.py``); both give identical arrays, equal to what
Python 3.11's ``tokenize`` yields. Two rare kinds of file go to ``tokenize`` itself (the
``"tokenize"`` lexer): files with a lone carriage return, whose meaning depends on the paren
level, and files in a multi-byte legacy encoding (Shift-JIS, GBK, ...), whose bytes are not
ASCII-transparent.
"""

from __future__ import annotations

import codecs
import dataclasses
import io
import itertools
import re
import tokenize
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from portalis_ray.index import twin

_BOM = codecs.BOM_UTF8
_LONE_CR = re.compile(rb"\r(?!\n)")
_COOKIE_HINT = re.compile(rb"^[ \t\f]*#.*?coding[:=]", re.MULTILINE)
# Encodings whose bytes below 0x80 always stand for ASCII characters (one byte, one char there).
_BYTE_SAFE = re.compile(r"^(utf-8|utf-8-sig|ascii|latin-1|iso8859-\d+|cp12\d\d|koi8-\w+|mac-\w+)$")
DEVICES = ("auto", "cpu", "gpu")

REASONS = {
    twin.ERR_INDENT: "unindent does not match any outer indentation level",
    twin.ERR_EOF_STRING: "EOF in multi-line string",
    twin.ERR_EOF_STATEMENT: "EOF in multi-line statement",
}


@dataclass(frozen=True)
class LexError:
    """Where (byte offset) and why ``tokenize`` rejects a source."""

    offset: int
    reason: str


@dataclass
class StructuralIndex:
    """Byte offsets of one source's layout tokens (int64 arrays; spans are (n, 2))."""

    line_starts: np.ndarray
    newlines: np.ndarray
    indents: np.ndarray
    dedents: np.ndarray
    strings: np.ndarray
    comments: np.ndarray
    statements: np.ndarray
    error: LexError | None
    encoding: str = "utf-8"
    lexer: str = "twin"  # "twin" | "gpu" | "tokenize"

    def arrays(self) -> dict[str, np.ndarray]:
        """The offset arrays by name (what the GPU/twin/tokenize comparisons look at)."""
        return {
            "line_starts": self.line_starts,
            "newlines": self.newlines,
            "indents": self.indents,
            "dedents": self.dedents,
            "strings": self.strings,
            "comments": self.comments,
            "statements": self.statements,
        }


@dataclass
class _Prepared:
    """What the host decides per source before any lexing."""

    bom: int
    encoding: str
    decode_error: LexError | None
    fallback: bool


def _prepare(data: bytes) -> _Prepared:
    bom = len(_BOM) if data.startswith(_BOM) else 0
    encoding = "utf-8-sig" if bom else "utf-8"
    # PEP 263: a cookie counts only on the first two lines.
    head = b"\n".join(data[bom : bom + 4096].split(b"\n", 2)[:2])
    if (b"coding" in head and _COOKIE_HINT.search(head)) or _invalid_utf8_head(data):
        try:
            encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        except SyntaxError as err:
            return _Prepared(bom, encoding, _encoding_error(data, str(err)), True)
    error = None
    try:
        data.decode(encoding)
    except UnicodeDecodeError as err:
        error = LexError(bom * (encoding == "utf-8-sig") + err.start, f"cannot decode: {err}")
    except LookupError as err:  # pragma: no cover - detect_encoding checked the name
        error = LexError(0, str(err))
    name = codecs.lookup(encoding).name
    fallback = (
        error is not None
        or not _BYTE_SAFE.match(name)
        or (b"\r" in data and bool(_LONE_CR.search(data)))
    )
    return _Prepared(bom, encoding, error, fallback)


def _invalid_utf8_head(data: bytes) -> bool:
    lines = data.split(b"\n", 2)[:2]
    try:
        for line in lines:
            line.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _encoding_error(data: bytes, message: str) -> LexError:
    """tokenize's encoding errors carry no position: the cookie line, else the first bad byte."""
    match = _COOKIE_HINT.search(data[:4096])
    if match and data[: match.start()].count(b"\n") < 2:
        return LexError(match.start(), message)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return LexError(err.start, message)
    return LexError(0, message)


def structural_index(sources: Sequence[bytes], device: str = "auto") -> list[StructuralIndex]:
    """Structural index of every source: one batched pass on the GPU or the NumPy twin."""
    if device not in DEVICES:
        raise ValueError(f"device must be one of {', '.join(DEVICES)}, not {device!r}")
    from portalis_ray.index import gpu

    use_gpu = device == "gpu" or (device == "auto" and gpu.available())
    if use_gpu and not gpu.available():
        raise RuntimeError(f"device='gpu' but {gpu.unavailable_reason()}")
    prepared = [_prepare(bytes(data)) for data in sources]
    out: list[StructuralIndex | None] = [None] * len(sources)
    batch = [i for i, p in enumerate(prepared) if not p.fallback]
    for i, p in enumerate(prepared):
        if p.fallback:
            out[i] = reference_index(bytes(sources[i]))
    if batch:
        parts = [bytes(sources[i])[prepared[i].bom :] for i in batch]
        buf, fstart, fend = pack(parts)
        lexed = gpu.lex_batch(buf, fstart, fend) if use_gpu else twin.lex_batch(buf, fstart, fend)
        lexer = "gpu" if use_gpu else "twin"
        for i, idx in zip(
            batch,
            _unpack(
                lexed,
                fstart,
                fend,
                [prepared[i] for i in batch],
                [len(sources[i]) for i in batch],
                lexer,
            ),
            strict=True,
        ):
            out[i] = idx
    for i in batch:
        index = out[i]
        if index is not None and index.error is not None:
            out[i] = _stop_at_error(index, bytes(sources[i]))
    return [idx for idx in out if idx is not None]


def _stop_at_error(index: StructuralIndex, data: bytes) -> StructuralIndex:
    """Keep what ``tokenize`` yields before it raises (the lexers go on past the error).

    An inconsistent dedent stops it at the start of that line, an unterminated triple-quoted
    string where the string starts, an unfinished statement at the end of the file, before
    the NEWLINE and DEDENTs it adds there.
    """
    error = index.error
    assert error is not None
    if error.reason == REASONS[twin.ERR_INDENT]:
        row = int(np.searchsorted(index.line_starts, error.offset, side="right")) - 1
        cut = int(index.line_starts[max(row, 0)])
    elif error.reason in (REASONS[twin.ERR_EOF_STRING], REASONS[twin.ERR_EOF_STATEMENT]):
        cut = error.offset  # at EOF: no end-of-file NEWLINE or DEDENTs
    else:
        return index

    def before(values: np.ndarray) -> np.ndarray:
        key = values[:, 0] if values.ndim == 2 else values
        return values[key < cut]

    # A string that opens a line comes after that line's DEDENTs.
    at_string = error.reason == REASONS[twin.ERR_EOF_STRING]
    dedents = index.dedents[index.dedents <= cut] if at_string else before(index.dedents)

    statements = index.statements
    if cut < len(data):
        # The statement spans of the text before the cut are exactly what tokenize yielded.
        statements = structural_index([data[:cut]], device="cpu")[0].statements
    return dataclasses.replace(
        index,
        newlines=before(index.newlines),
        indents=before(index.indents),
        dedents=dedents,
        strings=before(index.strings),
        comments=before(index.comments),
        statements=statements,
    )


PAD = 8  # zero bytes after the last separator: 8-byte reads and look-ahead stay inside


def pack(parts: Sequence[bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One buffer for the batch: NUL, file, NUL, file, ..., NUL, padding for look-ahead."""
    sizes = np.fromiter((len(p) for p in parts), dtype=np.int64, count=len(parts))
    fstart = np.cumsum(sizes + 1) - sizes
    fend = fstart + sizes
    raw = b"\0".join([b"", *parts, bytes(PAD)])
    return np.frombuffer(raw, dtype=np.uint8), fstart, fend


def _split(values: np.ndarray, key: np.ndarray, fstart: np.ndarray) -> list[np.ndarray]:
    bounds = np.append(np.searchsorted(key, fstart), len(key)).tolist()
    return [values[a:b] for a, b in itertools.pairwise(bounds)]


def _unpack(
    lexed: twin.LexedBatch,
    fstart: np.ndarray,
    fend: np.ndarray,
    prepared: list[_Prepared],
    sizes: list[int],
    lexer: str,
) -> list[StructuralIndex]:
    """Per-file arrays, with buffer offsets turned into offsets into each original source."""
    bom = np.array([p.bom for p in prepared], dtype=np.int64)
    delta = fstart - bom

    def to_file(values: np.ndarray) -> list[np.ndarray]:
        key = values[:, 0] if values.ndim == 2 else values
        file = np.searchsorted(fstart, key, side="right") - 1
        shifted = values - (delta[file][:, None] if values.ndim == 2 else delta[file])
        return _split(shifted.astype(np.int64), key, fstart)

    line_starts = to_file(lexed.line_starts)
    fields = {
        "newlines": to_file(lexed.newlines),
        "indents": to_file(lexed.indents),
        "dedents": to_file(lexed.dedents),
        "strings": to_file(lexed.strings),
        "comments": to_file(lexed.comments),
        "statements": to_file(lexed.statements),
    }
    out = []
    for i, prep in enumerate(prepared):
        starts = line_starts[i]
        if len(starts):
            starts = starts.copy()
            starts[0] = 0  # the first physical line starts before the BOM
        elif sizes[i]:
            starts = np.zeros(1, dtype=np.int64)  # a file that is only a BOM
        code = int(lexed.error_code[i])  # (files that do not decode went to tokenize)
        error = None
        if code != twin.ERR_NONE:
            error = LexError(int(lexed.error_at[i] - delta[i]), REASONS[code])
        out.append(
            StructuralIndex(
                line_starts=starts,
                error=error,
                encoding=prep.encoding,
                lexer=lexer,
                **{name: arrays[i] for name, arrays in fields.items()},
            )
        )
    return out


def first_difference(got: StructuralIndex, want: StructuralIndex) -> str | None:
    """The first field where two indexes differ, described (None when they are equal)."""
    for name, array in want.arrays().items():
        other = got.arrays()[name]
        if array.shape != other.shape or not np.array_equal(array, other):
            bad = _first_unequal(other, array)
            return (
                f"{name}[{bad}]: got {other[bad : bad + 3].tolist()} "
                f"want {array[bad : bad + 3].tolist()} ({len(other)} vs {len(array)})"
            )
    got_at = got.error.offset if got.error else None
    want_at = want.error.offset if want.error else None
    if got_at != want_at:
        return f"error: got {got.error} want {want.error}"
    return None


def _first_unequal(a: np.ndarray, b: np.ndarray) -> int:
    n = min(len(a), len(b))
    if n == 0:
        return 0
    rows = np.flatnonzero((a[:n] != b[:n]).reshape(n, -1).any(axis=1))
    return int(rows[0]) if rows.size else n


# ---------------------------------------------------------------------------------------------
# The reference: Python's tokenize, positions turned into byte offsets.

_SKIP = {
    tokenize.NEWLINE,
    tokenize.NL,
    tokenize.COMMENT,
    tokenize.INDENT,
    tokenize.DEDENT,
    tokenize.ENDMARKER,
    tokenize.ENCODING,
}


def reference_index(data: bytes) -> StructuralIndex:
    """The structural index straight from ``tokenize`` (exact by definition, and slow)."""
    prep = _prepare(data)
    starts = [0]
    starts.extend(m.end() for m in re.finditer(rb"\n", data) if m.end() < len(data))
    if not data:
        starts = []
    line_starts = np.array(starts, dtype=np.int64)
    # Offsets count encoded bytes; 'utf-8-sig' would add a BOM to every piece it encodes.
    encoding = "utf-8" if prep.encoding == "utf-8-sig" else prep.encoding
    text_lines: dict[int, str | None] = {}  # None: an ASCII line (a column is a byte)

    def offset(row: int, col: int) -> int:
        if row == 0:  # the ENCODING token
            return 0
        if row > len(starts):
            return len(data)
        base = starts[row - 1] + (prep.bom if row == 1 else 0)
        if col == 0:
            return base
        if row not in text_lines:
            end = starts[row] if row < len(starts) else len(data)
            raw = data[base:end]
            text_lines[row] = None if raw.isascii() else raw.decode(encoding, errors="replace")
        text = text_lines[row]
        if text is None:
            return base + col
        return base + len(text[:col].encode(encoding, errors="replace"))

    out: dict[str, list] = {
        k: [] for k in ("newlines", "indents", "dedents", "strings", "comments")
    }
    # (start, depth after its INDENT/DEDENT, is '@', is an else/elif/except/finally clause)
    logical: list[tuple[int, int, bool, bool]] = []
    # (row, col) end of the last significant token of each logical line
    sig_end: list[tuple[int, int]] = []
    depth = level = 0
    error = prep.decode_error
    at_line_start = True
    try:
        for tok in tokenize.tokenize(io.BytesIO(data).readline):
            kind = tok.type
            if kind == tokenize.NEWLINE:
                out["newlines"].append(offset(*tok.start))
            elif kind == tokenize.INDENT:
                out["indents"].append(offset(*tok.start))
                depth += 1
            elif kind == tokenize.DEDENT:
                out["dedents"].append(offset(*tok.start))
                depth -= 1
            elif kind == tokenize.STRING:
                out["strings"].append((offset(*tok.start), offset(*tok.end)))
            elif kind == tokenize.COMMENT:
                out["comments"].append((offset(*tok.start), offset(*tok.end)))
            if kind == tokenize.OP and tok.string in "([{":
                level += 1
            elif kind == tokenize.OP and tok.string in ")]}":
                level -= 1
            # Below zero (an unmatched closer) tokenize goes on as in a continued statement.
            if kind == tokenize.ENDMARKER or (kind == tokenize.NEWLINE and level == 0):
                at_line_start = True
            significant = kind not in _SKIP and not (
                kind == tokenize.ERRORTOKEN and tok.string in (" ", "\t", "\x0c")
            )
            if significant:
                if at_line_start:
                    clause = kind == tokenize.NAME and tok.string in _CLAUSES
                    logical.append((offset(*tok.start), depth, tok.string == "@", clause))
                    sig_end.append(tok.end)
                    at_line_start = False
                sig_end[-1] = tok.end
    except IndentationError as err:
        if error is None:
            error = LexError(offset(err.lineno or 1, err.offset or 0), err.msg)
    except tokenize.TokenError as err:
        if error is None:
            row, col = err.args[1]
            error = LexError(offset(row, col), err.args[0])
    except SyntaxError as err:  # detect_encoding
        if error is None:
            error = _encoding_error(data, str(err))
    except UnicodeDecodeError as err:  # pragma: no cover - _prepare found it first
        if error is None:
            error = LexError(err.start, str(err))

    statements = _reference_statements(logical, [offset(*end) for end in sig_end])

    def arr(values: list, cols: int = 0) -> np.ndarray:
        a = np.array(values, dtype=np.int64)
        return a.reshape(-1, cols) if cols else a

    return StructuralIndex(
        line_starts=line_starts,
        newlines=arr(out["newlines"]),
        indents=arr(out["indents"]),
        dedents=arr(out["dedents"]),
        strings=arr(out["strings"], 2),
        comments=arr(out["comments"], 2),
        statements=arr(statements, 2),
        error=error,
        encoding=prep.encoding,
        lexer="tokenize",
    )


_CLAUSES = frozenset({"else", "elif", "except", "finally"})


def _reference_statements(
    logical: list[tuple[int, int, bool, bool]], sig_end: list[int]
) -> list[tuple[int, int]]:
    """Top-level statements from logical lines: depth 0 (or the first), decorators joined
    to what they decorate, else/elif/except/finally clauses to their compound statement."""
    spans: list[tuple[int, int]] = []
    current: list[int] | None = None
    previous_decorator = False
    for i, (start, depth, is_decorator, is_clause) in enumerate(logical):
        begins = (depth == 0 or i == 0) and not previous_decorator
        begins = begins and not (is_clause and current is not None)
        if begins:
            if current is not None:
                spans.append((current[0], current[1]))
            current = [start, sig_end[i]]
        elif current is not None:
            current[1] = max(current[1], sig_end[i])
        if depth == 0 or i == 0:
            previous_decorator = is_decorator
    if current is not None:
        spans.append((current[0], current[1]))
    return spans

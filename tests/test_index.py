"""Index stage: decoding, located errors, statement spans, the structural index and its stage."""

from __future__ import annotations

import codecs
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from portalis_ray.config import IndexConfig
from portalis_ray.index import (
    SourceIndexer,
    decode_source,
    first_difference,
    gpu,
    index_source,
    line_starts,
    parse_source,
    reference_index,
    structural_index,
)
from portalis_ray.index.stage import balanced_order, byte_groups, lexer_device
from portalis_ray.ingest import PathNamer
from portalis_ray.schemas import SOURCE_SCHEMA


def test_line_starts_universal_newlines() -> None:
    assert line_starts(b"") == []
    assert line_starts(b"a\nb\r\nc\rd") == [0, 2, 5, 7]
    assert line_starts(b"a\n") == [0]


def test_utf8_bom_and_pep263_cookie() -> None:
    text, encoding, diags = decode_source("a.py", codecs.BOM_UTF8 + "x = 'é'\n".encode())
    assert (text, encoding, diags) == ("x = 'é'\n", "utf-8-sig", [])
    latin = b"# -*- coding: latin-1 -*-\nname = '\xe9t\xe9'\n"
    text, encoding, diags = decode_source("b.py", latin)
    assert encoding == "iso-8859-1" and text is not None and "été" in text and not diags


def test_invalid_utf8_is_located_at_the_first_bad_byte() -> None:
    data = "x = 1\ny = 'é' + '".encode() + b"\xff\xfe'\n"
    text, _, diags = decode_source("bad.py", data)
    assert text is None
    (diag,) = diags
    # line 2, column 12: 'y = 'é' + '' is 11 characters before the bad byte
    assert (diag.line, diag.col, diag.code) == (2, 12, "decode")
    assert "0xff" in diag.message


def test_nul_byte_reported_before_later_decode_errors() -> None:
    data = b"a = 1\nb\x00c = 2\n\xff\n"
    _, _, diags = decode_source("bin.py", data)
    assert [(d.line, d.col, d.code) for d in diags] == [(2, 2, "nul-byte")]


def test_unknown_cookie() -> None:
    _, _, diags = decode_source("c.py", b"#!/usr/bin/env python\n# coding: klingon\nx = 1\n")
    assert diags[0].line == 2 and "klingon" in diags[0].message


def test_syntax_error_location() -> None:
    tree, diags = parse_source("s.py", "x = 1\nif x\n    pass\n")
    assert tree is None
    assert (diags[0].line, diags[0].col, diags[0].code) == (2, 5, "syntax-error")


def test_compile_time_errors_are_found() -> None:
    tree, diags = parse_source("r.py", "x = 1\nreturn x\n")
    assert tree is None
    assert diags[0].line == 2 and "outside function" in diags[0].message


def test_statement_spans_include_decorators() -> None:
    source = b"import sys\n\n@decorate\ndef f():\n    return 1\n\nprint(f())\n"
    idx = index_source("m.py", source)
    assert idx.status == "pending" and idx.units == 3
    spans = [source[s:e].decode() for s, e in idx.statements]
    assert spans == ["import sys", "@decorate\ndef f():\n    return 1", "print(f())"]


def test_statement_spans_are_byte_offsets_past_a_bom() -> None:
    source = codecs.BOM_UTF8 + "s = 'ü'\nprint(s)\n".encode()
    idx = index_source("u.py", source)
    assert [source[s:e].decode() for s, e in idx.statements] == ["s = 'ü'", "print(s)"]


def test_empty_and_comment_only_files_are_skipped() -> None:
    assert index_source("e.py", b"").status == "skipped"
    assert index_source("w.py", b"\n  \n").status == "skipped"
    idx = index_source("c.py", b"# just a comment\n")
    assert idx.status == "skipped" and "no statements" in idx.reason


def test_non_utf8_without_cookie_in_first_line_is_located() -> None:
    _, _, diags = decode_source("l.py", b"name = 'caf\xe9'\n")
    assert [(d.line, d.col, d.code) for d in diags] == [(1, 12, "decode")]


# --- the structural index: twin against tokenize on hand-written edge cases -----------------

EDGE_CASES = {
    "empty": b"",
    "only newline": b"\n",
    "no final newline": b"x = 1",
    "blank tail without newline": b"x = 1\n   ",
    "comment tail without newline": b"x = 1\n# end",
    "f-strings": b"a = f'{x!r:>{width}}' + rf\"{y}\\n\" + F'''{z}\n'''\n",
    "nested f-string quotes": b"s = f\"{d['k']}\" f'{\"a\"}'\n",
    "triple quoted": b'x = """a\n\'\'\' b " \n"""\ny = \'\'\'\n"""\'\'\'\n',
    "prefixes": b"a = b'1' + rb'2' + Br'3' + u'4' + R'5' + fR'6' + bR\"7\"\n",
    "not prefixes": b"ab'x'\nub'y'\n1r''\n0xb''\n",
    "escaped quotes": b"a = 'it\\'s' + \"q\\\\\" + '\\\\\\''\n",
    "backslash continuation": b"x = 1 + \\\n    2\nif x and \\\n  y:\n    pass\n",
    "continued string": b"s = 'abc\\\ndef'\nt = 1\n",
    "brackets": b"x = [\n  1,  # one\n\n  (2,\n 3)]\ndef f(\n a,\n):\n    return {\n'k': 1}\n",
    "tabs": b"if x:\n\tif y:\n\t\tz = 1\n        w = 2\n",
    "crlf": b"if x:\r\n    y = 'a'\r\n\r\n    # c\r\nz = 3\r\n",
    "form feed": b"\x0cx = 1\n\x0c\nif y:\n  \x0c  z = 2\n",
    "bom": b"\xef\xbb\xbfx = 'caf\xc3\xa9'\n# \xc3\xa9\n",
    "non-ascii names": "caf\u00e9 = '\u00fc'  # \u00e9t\u00e9\n\u03c0 = 3\n".encode(),
    "latin-1 cookie": b"# -*- coding: latin-1 -*-\ns = '\xe9'  # \xe9\n",
    "decorators": b"@a\n@b(\n  1)\nclass C:\n    @property\n    def f(self): ...\n\nx = 1\n",
    "dedent to eof": b"def f():\n    if x:\n        return 1\n",
    "comment-only indented lines": b"def f():\n        # deep\n    return 1\n  # shallow\n",
    "semicolons": b"a = 1; b = 2\nif a: b = 3\n",
    "error: bad dedent": b"if x:\n        y = 1\n    z = 2\n",
    "error: eof in triple string": b"x = 1\ns = '''abc\n\n",
    "error: eof in statement": b"x = (1,\n 2,\n",
    "error: dangling backslash": b"x = 1 + \\\n",
    "error: bad dedent after comments": (
        b"if x:\n    if y:\n        z = (1,  # c\n  2) \\\n\n  # c\n   w = 1\n"
    ),
    "error: eof in string after tokens": b"x = [1,  # c\n  2] + \\\n   '''abc\n",
    # tokenize yields an ERRORTOKEN, or lets the paren level go below 0, and goes on.
    "unterminated single quote": b"x = 'abc\ny = 2\n",
    "unmatched closer": b"x = 1)\ny = (2\n",
    "error: bad utf-8": b"x = 1\ns = '\xff'\n",
    "error: unknown cookie": b"# coding: klingon\nx = 1\n",
    "lone carriage return": b"x = 1\ry = (2,\r3)\n",
    "prefix after a number": b"x = 0x1frb'a' + 1e5f'b' + 1jr'c' + 12u'd'\n",
    "failed continued string": b'x".y \\\n    S\nz = 1\n',
    "closer, then a failed string": b'x = 1)\ny = 2\nf(" \\\n  a\nclass C: pass\n',
    "error: lone backslash": b"\\\r\n",
}


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_twin_matches_tokenize_on_edge_cases(name: str) -> None:
    data = EDGE_CASES[name]
    (got,) = structural_index([data], device="cpu")
    assert first_difference(got, reference_index(data)) is None
    assert (got.error is not None) == name.startswith("error:")


def test_one_batch_equals_files_one_by_one() -> None:
    """Files lexed together do not leak state into each other (the scan is segmented)."""
    sources = [EDGE_CASES[name] for name in sorted(EDGE_CASES)]
    together = structural_index(sources, device="cpu")
    for data, got in zip(sources, together, strict=True):
        assert first_difference(got, structural_index([data], device="cpu")[0]) is None


def test_structural_index_fields_are_byte_offsets() -> None:
    data = "é = 1\n@d\ndef f():\n    s = 'x'  # c\n".encode()
    (idx,) = structural_index([data], device="cpu")
    assert idx.lexer == "twin" and idx.error is None
    assert idx.line_starts.tolist() == [0, 7, 10, 19]
    assert idx.newlines.tolist() == [6, 9, 18, 35]
    assert idx.indents.tolist() == [19] and idx.dedents.tolist() == [36]
    assert [data[s:e] for s, e in idx.strings.tolist()] == [b"'x'"]
    assert [data[s:e] for s, e in idx.comments.tolist()] == [b"# c"]
    assert [data[s:e] for s, e in idx.statements.tolist()] == [
        "é = 1".encode(),
        b"@d\ndef f():\n    s = 'x'",
    ]
    for array in idx.arrays().values():
        assert array.dtype == np.int64


def test_error_is_located_where_tokenize_rejects() -> None:
    data = b"def f():\n        y = 1\n    z = 2\n"
    (idx,) = structural_index([data], device="cpu")
    assert idx.error is not None and idx.error.offset == data.index(b"z")
    assert "unindent" in idx.error.reason


def test_device_choice() -> None:
    (idx,) = structural_index([b"x = 1\n"], device="auto")
    assert idx.lexer == ("gpu" if gpu.available() else "twin")
    with pytest.raises(ValueError, match="device must be one of"):
        structural_index([b""], device="tpu")
    if not gpu.available():
        with pytest.raises(RuntimeError, match="device='gpu'"):
            structural_index([b"x = 1\n"], device="gpu")


# --- statement units and the index stage ---------------------------------------------------


def test_syntax_error_in_one_statement_is_located_and_the_rest_indexed() -> None:
    source = b"import os\n\ndef good():\n    return 1\n\ndef bad():\n    return = 1\n\nx = good()\n"
    idx = index_source("m.py", source)
    assert idx.status == "failed" and idx.units == 4
    assert [source[s:e].split(b"\n")[0] for s, e in idx.statements] == [
        b"import os",
        b"def good():",
        b"def bad():",
        b"x = good()",
    ]
    (diag,) = idx.diagnostics
    assert (diag.line, diag.col, diag.code) == (7, 12, "syntax-error")


def test_byte_groups() -> None:
    assert byte_groups([], 10) == []
    assert byte_groups([4, 4, 4, 30, 1], 10) == [(0, 2), (2, 3), (3, 4), (4, 5)]
    assert byte_groups([1] * 5, 100) == [(0, 5)]


def test_balanced_order_balances_bytes_for_array_split() -> None:
    sizes = [1000, 10, 10, 10, 900, 10, 10, 800, 10, 10, 10, 10, 700]
    shards = 4
    order = balanced_order(sizes, shards)
    assert sorted(order) == list(range(len(sizes)))
    slices = np.array_split(np.array([sizes[i] for i in order]), shards)
    held = [int(s.sum()) for s in slices]
    naive = [int(s.sum()) for s in np.array_split(np.array(sizes), shards)]
    assert max(held) - min(held) < max(naive) - min(naive)
    assert max(held) - min(held) <= 300
    assert balanced_order(sizes, 1) == list(range(len(sizes)))


def test_source_indexer_batches_by_bytes(tmp_path: Path) -> None:
    namer = PathNamer(str(tmp_path), str(tmp_path), False)
    sources = [b"x = 1\n", b"z = 0\nx = = 1\ny = 2\n", b"", b"@d\nclass C: pass\n"]
    batch = pa.table(
        {"path": [str(tmp_path / f"f{i}.py") for i in range(len(sources))], "bytes": sources},
        schema=SOURCE_SCHEMA,
    )
    rows = SourceIndexer(namer, device="cpu", batch_bytes=16)(batch).to_pylist()
    assert [r["status"] for r in rows] == ["pending", "failed", "skipped", "pending"]
    assert [r["units"] for r in rows] == [1, 3, 0, 1]
    assert [(d["line"], d["col"]) for d in rows[1]["diagnostics"]] == [(2, 5)]
    assert [(s["start"], s["end"]) for s in rows[3]["statements"]] == [(0, 16)]


def test_lexer_device_follows_num_gpus(tmp_path: Path) -> None:
    assert lexer_device(IndexConfig()) == "cpu"
    assert lexer_device(IndexConfig(num_gpus=0.25)) == "gpu"
    assert lexer_device(IndexConfig(device="cpu", num_gpus=1)) == "cpu"
    if not gpu.available():
        with pytest.raises(RuntimeError, match=r"index\.device is gpu"):
            SourceIndexer(PathNamer(str(tmp_path), str(tmp_path), False), device="gpu")

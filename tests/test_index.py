"""Index stage: decoding like CPython, located decode and syntax errors, statement spans."""

from __future__ import annotations

import codecs

from portalis_ray.index import decode_source, index_source, line_starts, parse_source


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

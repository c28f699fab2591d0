"""Analysis parses each module statement by statement along the structural index's units."""

from __future__ import annotations

import ast

from conftest import PROGRAMS

from portalis_ray.analyze import parse_units
from portalis_ray.index import structural_index


def _row(source: bytes) -> dict:
    idx = structural_index([source], device="cpu")[0]
    return {
        "text": source.decode("utf-8"),
        "statements": [{"start": int(a), "end": int(b)} for a, b in idx.statements],
        "line_starts": [int(x) for x in idx.line_starts],
        "encoding": "utf-8",
    }


def test_units_parse_to_the_same_tree_as_the_whole_file() -> None:
    programs = sorted(PROGRAMS.glob("*.py"))
    assert len(programs) >= 100
    for path in programs:
        source = path.read_bytes()
        tree, diagnostics = parse_units(_row(source), path.name)
        assert not diagnostics, path
        whole = ast.parse(source.decode("utf-8"))
        assert ast.dump(tree, include_attributes=True) == ast.dump(
            whole, include_attributes=True
        ), path


def test_clauses_and_decorators_stay_with_their_statement() -> None:
    source = (
        b"try:\n    x = 1\nexcept ValueError:\n    x = 2\nelse:\n    x = 3\nfinally:\n    pass\n"
        b"@staticmethod\ndef f():\n    pass\nelsewhere = 1\n"
    )
    spans = [source[s["start"] : s["end"]] for s in _row(source)["statements"]]
    assert spans[0].startswith(b"try:") and spans[0].endswith(b"pass")
    assert spans[1].startswith(b"@staticmethod") and b"def f" in spans[1]
    assert spans[2] == b"elsewhere = 1"


def test_a_syntax_error_in_one_unit_is_located_and_the_others_still_parse() -> None:
    row = _row(b"a = 1\nb = 2 +\nc = 3\nprint(a)\n")
    tree, diagnostics = parse_units(row, "bad.py")
    assert [(d.line, d.code) for d in diagnostics] == [(2, "syntax-error")]
    assert [type(s).__name__ for s in tree.body] == ["Assign", "Assign", "Expr"]
    assert tree.body[1].lineno == 3

"""The translate stage's backend dispatch: rules, the not-yet-available llm, auto, crashes."""

from __future__ import annotations

import pyarrow as pa
import pytest

from portalis_ray.index import SourceIndexer
from portalis_ray.ingest import PathNamer
from portalis_ray.schemas import SOURCE_SCHEMA, TRANSLATED_SCHEMA, SchemaError
from portalis_ray.translate import stage
from portalis_ray.translate.stage import BACKENDS, ModuleTranslator, translate_source_text

UNSUPPORTED = "print(eval(\"1 + 1\"))\n"


def test_rules_backend_translates() -> None:
    result = translate_source_text("print(1 + 2)\n", "p.py", "p.py", "rules")
    assert result.ok and "fn main" in result.rust


def test_llm_backend_is_reported_as_unavailable() -> None:
    result = translate_source_text("print(1)\n", "p.py", "p.py", "llm")
    assert not result.ok
    (diag,) = result.diagnostics
    assert diag.code == "backend-unavailable" and "not available yet" in diag.message


def test_auto_keeps_the_rules_result_and_notes_the_missing_model() -> None:
    result = translate_source_text(UNSUPPORTED, "c.py", "c.py", "auto")
    assert not result.ok
    assert [d.severity for d in result.diagnostics][-1] == "note"
    assert translate_source_text("print(1)\n", "p.py", "p.py", "auto").ok


def test_a_crashing_backend_costs_one_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(source: str, path: str, script: str):
        raise ZeroDivisionError("boom")

    monkeypatch.setitem(BACKENDS, "rules", explode)
    result = translate_source_text("print(1)\n", "p.py", "p.py", "rules")
    assert not result.ok
    assert result.diagnostics[0].code == "internal"
    assert "ZeroDivisionError: boom" in result.diagnostics[0].message


def test_stage_udfs_chain_and_validate_schemas() -> None:
    from portalis_ray.analyze import analyze_batch

    namer = PathNamer("/src", "/src", False)
    batch = pa.Table.from_pylist(
        [{"path": "/src/ok.py", "bytes": b"print('hi')\n"},
         {"path": "/src/bad.py", "bytes": b"def (:\n"},
         {"path": "/src/c.py", "bytes": UNSUPPORTED.encode()}],
        schema=SOURCE_SCHEMA,
    )
    indexed = SourceIndexer(namer)(batch)
    analyzed = analyze_batch(indexed, namer)
    translated = ModuleTranslator(namer, "rules")(analyzed)
    assert translated.schema.equals(TRANSLATED_SCHEMA)
    rows = {r["relpath"]: r for r in translated.to_pylist()}
    assert rows["ok.py"]["status"] == "translated" and rows["ok.py"]["rust"]
    assert rows["bad.py"]["status"] == "failed" and rows["bad.py"]["rust"] is None
    assert rows["c.py"]["status"] == "failed"
    assert rows["c.py"]["diagnostics"][0]["path"] == "/src/c.py"
    with pytest.raises(SchemaError, match=r"translate.*lacks column"):
        ModuleTranslator(namer, "rules")(batch)


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown backend"):
        stage.ModuleTranslator(PathNamer("/", "/", False), "magic")

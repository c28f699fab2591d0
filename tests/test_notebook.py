"""examples/notebook.ipynb runs top to bottom (nbclient, embedded Ray, real Serve app)."""

from __future__ import annotations

from pathlib import Path

import nbclient
import nbformat
import pytest

REPO = Path(__file__).resolve().parent.parent
NOTEBOOK = REPO / "examples" / "notebook.ipynb"


def _text(cell: nbformat.NotebookNode) -> str:
    return "".join(
        o.get("text", "") + str(o.get("data", {}).get("text/plain", ""))
        for o in cell.get("outputs", [])
    )


def test_notebook_runs(cargo_target_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    monkeypatch.setenv("RAY_AUTH_MODE", "disabled")
    monkeypatch.delenv("PORTALIS_RAY_ADDRESS", raising=False)  # it starts an embedded Ray
    client = nbclient.NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # a cell that raises fails the test (CellExecutionError)
    text = "\n".join(_text(c) for c in nb.cells if c.cell_type == "code")
    assert "ok: True" in text
    assert "'translated': 3" in text  # the chart's data: every demo file translated
    assert "item" in text and "banana" in text  # the translated inventory binary ran
    assert "confidence:" in text and "fn double" in text  # the Serve endpoint answered
    charts = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert charts, "the outcomes chart was not drawn"

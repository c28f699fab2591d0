"""HumanEval's tasks as programs: `prompt + canonical_solution + test + check(entry_point)`,
the text HumanEval's own harness executes for a task (see tests/humaneval/README.md)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "humaneval" / "HumanEval.jsonl.gz"


def load_tasks(data: Path = DATA) -> list[dict]:
    """The 164 rows: task_id, prompt, canonical_solution, test, entry_point."""
    with gzip.open(data, "rt", encoding="utf-8") as rows:
        return [json.loads(line) for line in rows if line.strip()]


def task_number(task: dict) -> int:
    return int(task["task_id"].split("/")[1])


def program_text(task: dict) -> str:
    return (task["prompt"] + task["canonical_solution"] + "\n\n" + task["test"]
            + f"\n\ncheck({task['entry_point']})\n")


def write_programs(tasks: list[dict], into: Path) -> list[Path]:
    """One `he_NNN.py` per task in ``into`` (emptied of earlier ones first)."""
    into.mkdir(parents=True, exist_ok=True)
    for stale in into.glob("he_*.py"):
        stale.unlink()
    paths = []
    for task in tasks:
        path = into / f"he_{task_number(task):03d}.py"
        path.write_text(program_text(task), encoding="utf-8")
        paths.append(path.resolve())
    return paths

"""The project stage of a run: multi-module projects found under SRC, one Ray task each.

Standalone scripts go through the per-file Ray Data dataflow; the modules of a project
(packages, and the scripts and modules that import each other) are translated together
(see amalgamate.py) in a Ray task per project, then reduced into the same workspace.
Runs are incremental: ``OUT/.portalis/projects.json`` records each module's content hash;
a project whose modules are all unchanged is not translated again,
and a changed one rewrites only the Rust files whose content changed (so cargo rebuilds
only the crates that changed).
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyarrow as pa

from portalis_ray.config import IngestConfig, PortalisConfig
from portalis_ray.diagnostics import Diagnostic
from portalis_ray.ingest import ListedFile, PathNamer, SourceListing, list_sources
from portalis_ray.project.emit import ProjectTranslation, translate_project
from portalis_ray.project.graph import ProjectGraph, build_graphs, name_library_crates
from portalis_ray.report import FileReport
from portalis_ray.workspace import STATE_DIR, CrateSpec, name_crates, write_atomic

PROJECTS_FILE = "projects.json"

MODULE_TABLE_SCHEMA = pa.schema(
    [
        ("root", pa.string()),
        ("module", pa.string()),
        ("relpath", pa.string()),
        ("kind", pa.string()),  # module | script
        ("is_package", pa.bool_()),
        ("crate", pa.string()),
        ("imports", pa.list_(pa.string())),
        ("sha256", pa.string()),
        ("lines", pa.int64()),
        ("contract_sha256", pa.string()),
        ("retranslated", pa.bool_()),
    ]
)


@dataclass
class ProjectPlan:
    """The projects of a run and the files left to the per-file dataflow."""

    graphs: list[ProjectGraph] = field(default_factory=list)
    members: set[str] = field(default_factory=set)  # relpaths in some project
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # every script's crate/bin

    def standalone(self, listing: SourceListing) -> SourceListing:
        """The listing without project members (they do not go through the dataflow)."""
        files = [f for f in listing.files if f.relpath not in self.members]
        return SourceListing(listing.root, listing.namer, files)


def with_imported_modules(
    listing: SourceListing, cfg: IngestConfig, exclude: list[Path]
) -> SourceListing:
    """SRC named one script that imports modules beside it (``main.py`` next to ``shop/``):
    the listing of its directory, kept to the script and the project modules it runs."""
    if not listing.namer.root_is_file or len(listing.to_read) != 1:
        return listing
    script = listing.to_read[0]
    try:
        tree = ast.parse(script.path.read_bytes())
    except (SyntaxError, ValueError, OSError):
        return listing  # the dataflow reports it
    root = listing.root
    tops = {
        name.split(".", 1)[0]
        for node in ast.walk(tree)
        for name in (
            [a.name for a in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom) and not node.level
            else []
        )
    }
    if not any(
        (root / f"{t}.py").is_file() or (root / t / "__init__.py").is_file() for t in tops if t
    ):
        return listing
    whole = list_sources(root, cfg, exclude=exclude)
    plan = plan_projects(whole)
    keep = {script.relpath}
    for graph in plan.graphs:
        mine = next((m for m in graph.modules.values() if m.relpath == script.relpath), None)
        if mine is not None:
            keep |= {m.relpath for m in graph.execution_order(mine)}
            keep |= {
                m.relpath
                for m in graph.library
                if m.crate in {o.crate for o in graph.execution_order(mine) if o.kind == "module"}
            }
    src_dir = os.path.dirname(listing.namer.src_arg) or "."
    namer = PathNamer(str(root), src_dir, False)
    files = [
        replace(f, display=namer.display(str(f.path))) for f in whole.files if f.relpath in keep
    ]
    return SourceListing(root, namer, files)


def plan_projects(
    listing: SourceListing, names: dict[str, tuple[str, str]] | None = None
) -> ProjectPlan:
    """Find the projects under SRC and name every crate of the run (scripts and packages)."""
    sources: dict[str, str] = {}
    for listed in listing.to_read:
        try:
            sources[listed.relpath] = listed.path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the dataflow reports it, located
    top = listing.root.name or "package"  # SRC's own name, when SRC is a package
    plan = ProjectPlan(build_graphs(sources, top) if len(sources) > 1 else [])
    plan.members = {m.relpath for g in plan.graphs for m in g.modules.values()}
    binaries = [f.relpath for f in listing.to_read if f.relpath not in plan.members]
    binaries += [m.relpath for g in plan.graphs for m in g.scripts]
    plan.names = {**name_crates(binaries), **(names or {})}
    taken = {crate for crate, _ in plan.names.values()}
    for graph in plan.graphs:
        for script in graph.scripts:
            script.crate, script.bin_name = plan.names[script.relpath]
        name_library_crates(graph, taken)
    return plan


def library_users(plan: ProjectPlan) -> dict[str, list[str]]:
    """Library module relpath -> the scripts whose runs execute it."""
    users: dict[str, list[str]] = {}
    for graph in plan.graphs:
        for script in graph.scripts:
            for mod in graph.execution_order(script):
                if mod.kind == "module":
                    users.setdefault(mod.relpath, []).append(script.relpath)
    return users


def _translate(graph: ProjectGraph, rustfmt_output: bool) -> tuple[ProjectTranslation, float]:
    started = time.perf_counter()
    result = translate_project(graph, rustfmt_output)
    return result, (time.perf_counter() - started) * 1000.0


def translate_projects(
    plan: ProjectPlan, cfg: PortalisConfig, out: Path
) -> list[tuple[ProjectTranslation, float]]:
    """Translate every project that changed since the last run, one Ray task each."""
    import ray

    previous = _load_state(out)
    todo = [g for g in plan.graphs if not _unchanged(g, previous, out)]
    task = ray.remote(num_cpus=cfg.translate.num_cpus)(_translate)
    refs = [task.remote(g, True) for g in todo]
    results = dict(zip([g.root for g in todo], ray.get(refs), strict=True))
    out_list = []
    for graph in plan.graphs:
        if graph.root in results:
            out_list.append(results[graph.root])
        else:
            out_list.append((_reload(graph, previous[graph.root], out), 0.0))
    return out_list


def _module_hashes(graph: ProjectGraph) -> dict[str, str]:
    return {m.relpath: m.sha256 for m in graph.modules.values()}


def _unchanged(graph: ProjectGraph, previous: dict[str, Any], out: Path) -> bool:
    entry = previous.get(graph.root)
    if not entry or entry.get("modules") != _module_hashes(graph) or not entry.get("ok"):
        return False
    return all(
        (out / crate / rel).is_file() for crate, files in entry["crates"].items() for rel in files
    )


def _reload(graph: ProjectGraph, entry: dict[str, Any], out: Path) -> ProjectTranslation:
    """An unchanged project's translation, from the workspace and the recorded state."""
    from portalis_ray.project.emit import CrateFiles

    result = ProjectTranslation(graph)
    for crate, info in entry["crates"].items():
        files = {rel: (out / crate / rel).read_text(encoding="utf-8") for rel in info}
        meta = entry["crate_meta"][crate]
        result.crates.append(
            CrateFiles(
                crate,
                meta["kind"],
                files,
                meta["deps"],
                meta["sources"],
                bin_name=meta["bin_name"],
                script=meta["script"],
            )
        )
    result.contracts = entry["contracts"]
    result.classes = entry["classes"]
    return result


def _load_state(out: Path) -> dict[str, Any]:
    try:
        data = json.loads((out / STATE_DIR / PROJECTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def contract_hashes(result: ProjectTranslation) -> dict[str, str]:
    """Per module: a hash of the contracts other modules see (signatures, classes)."""
    per: dict[str, list[Any]] = {}
    for c in result.contracts:
        per.setdefault(c["module"], []).append(
            [c["name"], c["kind"], c["params"], c["returns"], c["raises"]]
        )
    for cls in result.classes:
        per.setdefault(cls["module"], []).append([cls["name"], cls["bases"], cls["fields"]])
    out = {}
    for mod in result.graph.modules.values():
        text = json.dumps(sorted(per.get(mod.name, []), key=str), sort_keys=True)
        out[mod.relpath] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return out


def save_state(out: Path, results: list[tuple[ProjectTranslation, float]]) -> None:
    """Record what each project's modules hashed to, for the next run."""
    state = {}
    for result, _ in results:
        state[result.graph.root] = {
            "ok": result.ok,
            "modules": _module_hashes(result.graph),
            "crates": {c.name: sorted(c.files) for c in result.crates},
            "crate_meta": {
                c.name: {
                    "kind": c.kind,
                    "deps": c.deps,
                    "sources": c.sources,
                    "bin_name": c.bin_name,
                    "script": c.script,
                }
                for c in result.crates
            },
            "contracts": result.contracts,
            "classes": result.classes,
        }
    write_atomic(out / STATE_DIR / PROJECTS_FILE, json.dumps(state, indent=1, sort_keys=True))


def crate_specs(results: list[tuple[ProjectTranslation, float]]) -> list[CrateSpec]:
    """The workspace crates of every project that translated."""
    specs = []
    for result, _ in results:
        if not result.ok:
            continue
        for crate in result.crates:
            main = "src/lib.rs" if crate.kind == "lib" else "src/main.rs"
            relpath = crate.script or crate.sources[main]
            specs.append(
                CrateSpec(
                    crate.name,
                    crate.bin_name if crate.kind == "bin" else "",
                    relpath,
                    crate.files[main],
                    tuple(sorted(crate.files.items())),
                    tuple(crate.deps),
                    tuple(sorted(crate.sources.items())),
                )
            )
    return specs


def file_reports(
    listing: SourceListing, results: list[tuple[ProjectTranslation, float]]
) -> list[FileReport]:
    """One report row per project module."""
    listed: dict[str, ListedFile] = {f.relpath: f for f in listing.files}
    reports = []
    for result, ms in results:
        first_error = next(
            (d for ds in result.diagnostics.values() for d in ds if d.severity == "error"), None
        )
        for mod in sorted(result.graph.modules.values(), key=lambda m: m.relpath):
            f = listed[mod.relpath]
            diags = [_display(d, listed) for d in result.diagnostics.get(mod.relpath, [])]
            units = len(mod.tree.body) if mod.tree is not None else 0
            report = FileReport(
                f.display,
                f.relpath,
                "translated",
                diagnostics=diags,
                units_total=units,
                units_translated=units if result.ok else 0,
                lines=mod.lines,
                size=f.size,
                backend="rules",
                translate_ms=ms / max(1, len(result.graph.modules)),
            )
            if not result.ok:
                own = any(d.severity == "error" for d in diags)
                why = (
                    "the module does not translate"
                    if own
                    else (
                        f"its project does not translate ({_display(first_error, listed)})"
                        if first_error
                        else "its project does not translate"
                    )
                )
                report.fail(why, [] if own else [Diagnostic(f.display, 1, 1, "project", why)])
                report.units_translated = 0
            reports.append(report)
    return reports


def _display(diag: Diagnostic, listed: dict[str, ListedFile]) -> Diagnostic:
    f = listed.get(diag.path)
    if f is None:
        return diag
    return Diagnostic(f.display, diag.line, diag.col, diag.code, diag.message, diag.severity)


def modules_table(results: list[tuple[ProjectTranslation, float]], rewritten: set[str]) -> pa.Table:
    """OUT/modules.parquet: the module graph, with contract hashes and what was rewritten."""
    rows = []
    for result, _ in results:
        hashes = contract_hashes(result)
        py_rewritten = {
            py
            for c in result.crates
            for rust, py in c.sources.items()
            if f"{c.name}/{rust}" in rewritten
        }
        for row in result.graph.rows():
            row["contract_sha256"] = hashes.get(row["relpath"])
            row["retranslated"] = row["relpath"] in py_rewritten
            rows.append(row)
    return pa.Table.from_pylist(rows, schema=MODULE_TABLE_SCHEMA)


def contract_rows(results: list[tuple[ProjectTranslation, float]]) -> list[dict[str, Any]]:
    """contracts.parquet rows of every project: functions, methods and classes."""
    rows = []
    for result, _ in results:
        paths = {m.name: m.relpath for m in result.graph.modules.values()}
        for c in result.contracts:
            rows.append(
                {
                    **c,
                    "path": paths.get(c["module"], ""),
                    "params": [{"name": n, "type": t} for n, t in c["params"]],
                }
            )
        for cls in result.classes:
            rows.append(
                {
                    "path": paths.get(cls["module"], ""),
                    "module": cls["module"],
                    "name": cls["name"],
                    "kind": "class",
                    "params": [],
                    "returns": cls["name"],
                    "line": cls["line"],
                    "end_line": cls["end_line"],
                    "col": cls["col"],
                    "bases": cls["bases"],
                    "fields": [{"name": n, "type": t} for n, t in cls["fields"]],
                }
            )
    return rows

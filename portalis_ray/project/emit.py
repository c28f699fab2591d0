"""Translates a project graph into crates: a library crate per package, a binary per script.

The joined unit (amalgamate.py) is translated once; each Rust item it yields is put in
the Rust module of the Python module it came from (``shop/storage/memory.py`` ->
crate ``shop``, ``src/storage/memory.rs``). Library items are ``pub`` and every module
imports, by name, the items of the modules it may refer to; a script's ``main.rs``
runs the top-level code of the modules it imports, in CPython's order, then its own.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Any

from portalis_ray.diagnostics import Diagnostic
from portalis_ray.project.amalgamate import ProjectUnit, join_project
from portalis_ray.project.graph import ModuleNode, ProjectGraph
from portalis_ray.translate.rules.api import lower, run_versioned, rustfmt
from portalis_ray.translate.rules.translator import MODULE, Translator, init_function
from portalis_ray.translate.rules.types import DYNAMIC, TypeConflict
from portalis_ray.translate.rules.values import Unsupported, rust_ident, rust_str_literal

UNIT_PATH = "<project>"
_ALLOWS = (
    "#![allow(unused_mut, unused_variables, unused_parens, unused_assignments, "
    "unreachable_code, unreachable_patterns, unused_labels, unused_imports, dead_code, "
    "non_snake_case, non_camel_case_types, non_upper_case_globals, clippy::all)]\n"
    "#![forbid(unsafe_code)]\n"
)
_ITEM = re.compile(r"^(fn|struct|enum|const|static|type|trait)\s")
_FIELD = re.compile(r"^    ([A-Za-z_][A-Za-z0-9_]*): ")
_DEFINED = re.compile(r"^(?:pub )?(?:fn|struct|enum|const|static|type|trait)\s+([A-Za-z_]\w*)")
_STATIC = re.compile(r"^\s+(?:pub )?static\s+([A-Za-z_]\w*)")
_PROVENANCE = re.compile(r"// from " + re.escape(UNIT_PATH) + r":(\d+)")


@dataclass
class CrateFiles:
    """One generated crate: its files (relative to the crate) and what it depends on."""

    name: str
    kind: str  # "lib" | "bin"
    files: dict[str, str]
    deps: list[str]
    sources: dict[str, str]  # Rust file (relative to the crate) -> Python relpath
    bin_name: str = ""  # a bin's executable
    script: str = ""  # a bin's Python relpath


@dataclass
class ProjectTranslation:
    """The outcome of translating one project graph."""

    graph: ProjectGraph
    crates: list[CrateFiles] = field(default_factory=list)
    diagnostics: dict[str, list[Diagnostic]] = field(default_factory=dict)  # by relpath
    contracts: list[dict[str, Any]] = field(default_factory=list)  # functions and methods
    classes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every module translated."""
        return bool(self.crates) and not any(
            d.severity == "error" for ds in self.diagnostics.values() for d in ds
        )


def publish(code: str) -> str:
    """Make a library item visible to the other modules and crates (``pub`` items, fields)."""
    out = []
    context = ""
    for line in code.splitlines():
        if line and not line[0].isspace():
            if line.startswith("}"):
                context = ""
            elif _ITEM.match(line):
                context = "struct" if line.startswith("struct") and line.endswith("{") else ""
                line = "pub " + line
            elif line.startswith("impl") and " for " not in line and line.endswith("{"):
                context = "impl"
            elif line.startswith("thread_local!"):
                context = "thread_local"
            else:
                context = ""
        elif (
            (context == "struct" and _FIELD.match(line))
            or (context == "impl" and line.startswith(("    fn ", "    const ")))
            or (context == "thread_local" and line.startswith("    static "))
        ):
            line = "    pub " + line[4:]
        out.append(line)
    return "\n".join(out)


def defined_names(code: str) -> list[str]:
    """Names of the top-level items in ``code``."""
    names = []
    for line in code.splitlines():
        match = _DEFINED.match(line) or _STATIC.match(line)
        if match:
            names.append(match.group(1))
    return names


def _rust_path(mod: ModuleNode) -> list[str]:
    return [rust_ident(p) for p in mod.name.split(".")[1:]]


def _rust_file(mod: ModuleNode) -> str:
    parts = [p.split("#")[0] for p in mod.name.split(".")[1:]]
    if not parts:
        return "src/lib.rs"
    return "src/" + "/".join(parts) + ("/mod.rs" if mod.is_package else ".rs")


def _translate_unit(graph: ProjectGraph) -> tuple[ProjectUnit, Translator, str | None, list]:
    def make() -> tuple[ast.Module, ProjectUnit]:
        unit = join_project(graph)
        return lower(unit.tree), unit

    tr, rust, diagnostics, _, unit = run_versioned(make, UNIT_PATH, "project")
    if rust is None and any(d.code == "type-conflict" for d in diagnostics):
        token = DYNAMIC.set(True)  # scalars of several types as `pyrt::Obj` (dynamic.py)
        try:
            retried = run_versioned(make, UNIT_PATH, "project")
        except (Unsupported, TypeConflict, RecursionError):
            retried = None
        finally:
            DYNAMIC.reset(token)
        if retried is not None and retried[1] is not None:
            tr, rust, diagnostics, _, unit = retried
    assert unit is not None
    return unit, tr, rust, diagnostics


def _relocate(unit: ProjectUnit, diag: Diagnostic) -> Diagnostic:
    if diag.path != UNIT_PATH:
        return diag
    span = unit.locate(diag.line)
    if span is None:
        span = unit.spans[0]
        return Diagnostic(span.relpath, 1, 1, diag.code, diag.message, diag.severity)
    return Diagnostic(
        span.relpath, diag.line - span.offset, diag.col, diag.code, diag.message, diag.severity
    )


def _provenance(unit: ProjectUnit, code: str) -> str:
    def repl(match: re.Match[str]) -> str:
        span = unit.locate(int(match.group(1)))
        if span is None:
            return match.group(0)
        return f"// from {span.relpath}:{int(match.group(1)) - span.offset}"

    return _PROVENANCE.sub(repl, code)


def translate_project(graph: ProjectGraph, rustfmt_output: bool = True) -> ProjectTranslation:
    """Translate a project graph into crate files (or located diagnostics per module)."""
    result = ProjectTranslation(graph)
    for diag in graph.diagnostics:
        result.diagnostics.setdefault(diag.path, []).append(diag)
    try:
        unit, tr, rust, diagnostics = _translate_unit(graph)
    except RecursionError:
        diag = Diagnostic(
            graph.scripts[0].relpath if graph.scripts else "",
            1,
            1,
            "too-deep",
            "expression nesting too deep to translate",
        )
        result.diagnostics.setdefault(diag.path, []).append(diag)
        return result
    except (Unsupported, TypeConflict) as exc:
        node = getattr(exc, "node", None)
        unit = join_project(graph)
        code = getattr(exc, "code", "type-conflict")
        diag = Diagnostic(
            UNIT_PATH,
            getattr(node, "lineno", 1),
            getattr(node, "col_offset", 0) + 1,
            code,
            getattr(exc, "message", str(exc)),
        )
        diag = _relocate(unit, diag)
        result.diagnostics.setdefault(diag.path, []).append(diag)
        return result
    for diag in [*unit.diagnostics, *diagnostics]:
        diag = _relocate(unit, diag)
        result.diagnostics.setdefault(diag.path, []).append(diag)
    _cross_crate_classes(graph, unit, tr, result)
    errors = any(d.severity == "error" for ds in result.diagnostics.values() for d in ds)
    if rust is None or errors:
        return result
    result.contracts, result.classes = _contracts(graph, unit, tr)
    _assemble(graph, unit, tr, result, rustfmt_output)
    return result


def _cross_crate_classes(
    graph: ProjectGraph, unit: ProjectUnit, tr: Translator, result: ProjectTranslation
) -> None:
    """A class hierarchy must live in one crate (its methods dispatch over all subclasses)."""
    by_name = graph.modules
    for info in tr.classes.values():
        root = tr.classes[info.root]
        here, there = unit.locate(info.node.lineno), unit.locate(root.node.lineno)
        if here is None or there is None:
            continue
        mine, theirs = by_name[here.module], by_name[there.module]
        if (mine.crate or mine.name) != (theirs.crate or theirs.name):
            result.diagnostics.setdefault(mine.relpath, []).append(
                Diagnostic(
                    mine.relpath,
                    info.node.lineno - here.offset,
                    info.node.col_offset + 1,
                    "cross-crate-subclass",
                    f"class '{info.name}' extends '{root.name}' of {theirs.relpath}, "
                    "another crate; subclass it inside its own package",
                )
            )


def _assemble(
    graph: ProjectGraph,
    unit: ProjectUnit,
    tr: Translator,
    result: ProjectTranslation,
    rustfmt_output: bool,
) -> None:
    items: dict[str, list[str]] = {name: [] for name in graph.modules}
    for module, code in tr.tagged:
        if module not in items:  # not expected: keep it with the first script's items
            module = (graph.scripts or graph.library)[0].name
        mod = graph.modules[module]
        code = _provenance(unit, code)
        items[module].append(publish(code) if mod.kind == "module" else code)
    exported = {
        name: [n for code in codes for n in defined_names(code)] for name, codes in items.items()
    }
    deps = _transitive(graph.crate_dependencies())
    fmt = rustfmt if rustfmt_output else (lambda code: code)
    for crate, modules in graph.crates().items():
        files: dict[str, str] = {}
        sources: dict[str, str] = {}
        visible = [m for m in graph.library if m.crate in deps.get(crate, set()) | {crate}]
        for mod in modules:
            rust_file = _rust_file(mod)
            children = sorted(
                rust_ident(m.name.rsplit(".", 1)[1])
                for m in modules
                if m.name.rpartition(".")[0] == mod.name
            )
            head = _generated(mod.relpath)
            if rust_file == "src/lib.rs":
                head += _ALLOWS
            head += "".join(f"pub mod {c};\n" for c in children)
            head += "\nuse pyrt::prelude::*;\n" + _uses(mod, visible, exported, crate)
            body = "\n\n".join(items[mod.name])
            files[rust_file] = fmt(f"{head}\n{body}\n")
            sources[rust_file] = mod.relpath
        result.crates.append(
            CrateFiles(crate, "lib", files, sorted(deps.get(crate, set())), sources)
        )
    for script in graph.scripts:
        order = graph.execution_order(script)
        needs = {m.crate for m in order if m.kind == "module"}
        needs |= {d for c in needs for d in deps.get(c, set())}
        visible = [m for m in graph.library if m.crate in needs]
        inits = "".join(f"    {init_function(m.name)}()?;\n" for m in order if m is not script)
        main = (
            "fn module_body() -> PyResult<()> {\n"
            f"{inits}    {init_function(script.name)}()\n}}\n\n"
            "fn main() {\n"
            f"    let script = {rust_str_literal(script.relpath.rsplit('/', 1)[-1])};\n"
            "    std::process::exit(pyrt::run_main(module_body, script));\n"
            "}\n"
        )
        head = (
            _generated(script.relpath)
            + _ALLOWS
            + "\nuse pyrt::prelude::*;\n"
            + _uses(script, visible, exported, "")
        )
        body = "\n\n".join(items[script.name])
        text = fmt(f"{head}\n{body}\n\n{main}")
        result.crates.append(
            CrateFiles(
                script.crate or "",
                "bin",
                {"src/main.rs": text},
                sorted(needs),
                {"src/main.rs": script.relpath},
                bin_name=script.bin_name or script.crate,
                script=script.relpath,
            )
        )


def _generated(relpath: str) -> str:
    return f"// Generated by Portalis-Ray from {relpath}. Edit the Python, not this file.\n"


def _uses(
    mod: ModuleNode, visible: list[ModuleNode], exported: dict[str, list[str]], crate: str
) -> str:
    """``use`` lines naming every item of the other modules ``mod`` may refer to."""
    lines = []
    for other in visible:
        if other is mod or not exported.get(other.name):
            continue
        prefix = "crate" if other.crate == crate else other.crate
        path = "::".join([prefix, *_rust_path(other)])
        names = ", ".join(sorted(set(exported[other.name])))
        lines.append(f"use {path}::{{{names}}};\n")
    return "".join(lines)


def _transitive(deps: dict[str, set[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for crate, direct in deps.items():
        seen: set[str] = set()
        stack = list(direct)
        while stack:
            dep = stack.pop()
            if dep in seen or dep == crate:
                continue
            seen.add(dep)
            stack.extend(deps.get(dep, ()))
        out[crate] = seen
    return out


def _raises(fn: ast.FunctionDef, python_names: dict[str, str]) -> list[str]:
    """Exception classes a function raises itself (``raise E(...)``, ``raise E``)."""
    out: dict[str, None] = {}
    for node in ast.walk(fn):
        if isinstance(node, ast.Raise) and node.exc is not None:
            exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if isinstance(exc, ast.Name):
                out[python_names.get(exc.id, exc.id)] = None
    return list(out)


def _contracts(
    graph: ProjectGraph, unit: ProjectUnit, tr: Translator
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Typed contracts of every function, method and class, located in their modules."""
    python_names = {g: name for (_, name), g in unit.global_names.items()}
    contracts = []
    for key, info in [*tr.functions.items(), *tr.methods.items()]:
        if key == MODULE or info.node is None or info.variant:
            continue
        span = unit.locate(info.node.lineno)
        if span is None:
            continue
        sig = info.sig
        params = [(p, tr.slot_get(("param", sig, i)).python()) for i, p in enumerate(info.params)]
        name = info.py_name or info.name
        kind = "function" if info.kind in ("function", "nested") else "method"
        if kind == "method":
            owner = name.split("__", 1)[0]
            name = f"{python_names.get(owner, owner)}.{name.split('__', 1)[-1]}"
        else:
            name = python_names.get(name, name)
        contracts.append(
            {
                "module": span.module,
                "name": name,
                "kind": kind,
                "params": params,
                "returns": tr.slot_get(("ret", sig)).python(),
                "raises": _raises(info.node, python_names),
                "line": info.node.lineno - span.offset,
                "col": info.node.col_offset + 1,
                "end_line": (info.node.end_lineno or info.node.lineno) - span.offset,
            }
        )
    classes = []
    for cls in tr.classes.values():
        span = unit.locate(cls.node.lineno)
        if span is None:
            continue
        fields = sorted(tr.fields.get(cls.root, set()))
        classes.append(
            {
                "module": span.module,
                "name": python_names.get(cls.name, cls.name),
                "bases": [ast.unparse(b) for b in cls.node.bases],
                "fields": [(f, tr.field_type(cls.root, f).python()) for f in fields],
                "line": cls.node.lineno - span.offset,
                "col": cls.node.col_offset + 1,
                "end_line": (cls.node.end_lineno or cls.node.lineno) - span.offset,
            }
        )
    return contracts, classes

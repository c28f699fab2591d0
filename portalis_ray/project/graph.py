"""The module graph of a Python project: packages, modules, scripts and the imports between them.

A file's module name follows Python's rules for a script run from its directory
(``sys.path[0]``): walking up from the file while the directory has an ``__init__.py``
gives its package chain; the first directory without one is its *root*. Imports resolve
within the root of the importing file. A root's top-level file that no other file
imports, and that imports a project module, is a *script* (a binary); every package
becomes a library crate, as does a top-level module that other files import.
"""

from __future__ import annotations

import ast
import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from portalis_ray.diagnostics import Diagnostic

# A local module named like one of these would shadow the standard library; the translator
# maps the standard library, so such names are never taken for project modules.
STDLIB = frozenset(sys.stdlib_module_names)


@dataclass
class ImportEdge:
    """One import of a project module: who imports what, and where."""

    target: str  # dotted module name
    line: int
    col: int
    in_function: bool = False


@dataclass
class ModuleNode:
    """One Python file of a project."""

    root: str  # '/'-separated directory (relative to SRC) that the module name starts from
    name: str  # dotted module name, e.g. "shop.storage.memory"; "shop" for shop/__init__.py
    relpath: str
    source: str
    tree: ast.Module | None
    is_package: bool  # an __init__.py
    imports: list[ImportEdge] = field(default_factory=list)
    kind: str = "module"  # "module" (part of a library crate) | "script" (a binary)
    crate: str = ""  # the Cargo package that holds it
    bin_name: str = ""  # a script's executable

    @property
    def package(self) -> str:
        """The package relative imports start from."""
        return self.name if self.is_package else self.name.rpartition(".")[0]

    @property
    def top(self) -> str:
        """Its top-level package (or module) name."""
        return self.name.split(".", 1)[0]

    @property
    def lines(self) -> int:
        """Physical lines of the source."""
        return self.source.count("\n") + (0 if self.source.endswith("\n") else 1)

    @property
    def sha256(self) -> str:
        """Content hash of the source."""
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()


@dataclass
class ProjectGraph:
    """The project modules of one root and the import graph between them."""

    root: str
    modules: dict[str, ModuleNode] = field(default_factory=dict)  # by dotted name
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def scripts(self) -> list[ModuleNode]:
        """Modules that become binaries, by name."""
        return sorted((m for m in self.modules.values() if m.kind == "script"), key=_by_name)

    @property
    def library(self) -> list[ModuleNode]:
        """Modules that go into library crates, by name."""
        return sorted((m for m in self.modules.values() if m.kind == "module"), key=_by_name)

    def crates(self) -> dict[str, list[ModuleNode]]:
        """Library crate name -> its modules."""
        out: dict[str, list[ModuleNode]] = {}
        for mod in self.library:
            out.setdefault(mod.crate, []).append(mod)
        return out

    def execution_order(self, start: ModuleNode) -> list[ModuleNode]:
        """The modules ``start`` runs, in the order CPython runs their bodies (itself last).

        Importing ``a.b.c`` first runs ``a`` and ``a.b``; a module's body finishes after the
        bodies of the modules it imports (depth first), and each body runs once.
        """
        done: list[ModuleNode] = []
        seen: set[str] = set()

        def visit(name: str) -> None:
            if name in seen or name not in self.modules:
                return
            parts = name.split(".")
            for i in range(1, len(parts)):
                visit(".".join(parts[:i]))
            if name in seen:  # a parent package's body imported it
                return
            seen.add(name)
            for edge in self.modules[name].imports:
                if not edge.in_function:
                    visit(edge.target)
            done.append(self.modules[name])

        visit(start.name)
        return done

    def crate_dependencies(self) -> dict[str, set[str]]:
        """Crate -> the library crates its modules import (itself excluded)."""
        deps: dict[str, set[str]] = {}
        for mod in self.modules.values():
            mine = deps.setdefault(mod.crate, set())
            for edge in mod.imports:
                for name in _with_parents(edge.target):
                    other = self.modules.get(name)
                    if other is not None and other.crate != mod.crate:
                        mine.add(other.crate)
        return deps

    def crate_cycles(self) -> list[list[str]]:
        """Cycles between library crates (Cargo cannot build those), each as crate names."""
        deps = self.crate_dependencies()
        cycles: list[list[str]] = []
        state: dict[str, int] = {}
        stack: list[str] = []

        def visit(crate: str) -> None:
            state[crate] = 1
            stack.append(crate)
            for dep in sorted(deps.get(crate, ())):
                if state.get(dep) == 1:
                    cycles.append([*stack[stack.index(dep) :], dep])
                elif dep not in state:
                    visit(dep)
            stack.pop()
            state[crate] = 2

        for crate in sorted(deps):
            if crate not in state:
                visit(crate)
        return cycles

    def rows(self) -> list[dict]:
        """One row per module for OUT/modules.parquet."""
        return [
            {
                "root": m.root,
                "module": m.name,
                "relpath": m.relpath,
                "kind": m.kind,
                "is_package": m.is_package,
                "crate": m.crate,
                "imports": sorted({e.target for e in m.imports}),
                "sha256": m.sha256,
                "lines": m.lines,
            }
            for m in sorted(self.modules.values(), key=_by_name)
        ]


def _by_name(mod: ModuleNode) -> str:
    return mod.name


def _with_parents(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts) + 1)]


def module_name(
    relpath: str, present: set[str], top_name: str = "package"
) -> tuple[str, str, bool]:
    """(root, dotted name, is_package) of ``relpath`` given every relpath ``present``.

    ``top_name``: the package name of SRC itself when SRC has an ``__init__.py``."""
    path = PurePosixPath(relpath)
    is_package = path.name == "__init__.py"
    parts = [] if is_package else [path.stem]
    directory = path.parent
    while directory.as_posix() != "." and (directory / "__init__.py").as_posix() in present:
        parts.insert(0, directory.name)
        directory = directory.parent
    if directory.as_posix() == "." and "__init__.py" in present:  # SRC is a package
        parts.insert(0, top_name)
    root = directory.as_posix()
    return ("" if root == "." else root), ".".join(parts), is_package


def resolve_from(mod: ModuleNode, node: ast.ImportFrom) -> str:
    """The absolute module name an ``ImportFrom`` names (relative levels resolved)."""
    if not node.level:
        return node.module or ""
    base = mod.package.split(".") if mod.package else []
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)] if len(base) >= node.level - 1 else []
    return ".".join([*base, *([node.module] if node.module else [])])


def _imports(mod: ModuleNode, names: set[str]) -> list[ImportEdge]:
    """The project modules ``mod`` imports (``names``: the root's module names)."""
    assert mod.tree is not None
    edges: list[ImportEdge] = []
    functions = {
        id(n)
        for fn in ast.walk(mod.tree)
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))
        for n in ast.walk(fn)
    }

    def add(target: str, node: ast.stmt) -> None:
        if target in names:
            edges.append(
                ImportEdge(target, node.lineno, node.col_offset + 1, id(node) in functions)
            )

    for node in ast.walk(mod.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name, node)
        elif isinstance(node, ast.ImportFrom):
            base = resolve_from(mod, node)
            if node.level and not base:
                continue
            add(base, node)
            for alias in node.names:
                if alias.name != "*":
                    add(f"{base}.{alias.name}" if base else alias.name, node)
    return edges


def build_graphs(sources: dict[str, str], top_name: str = "package") -> list[ProjectGraph]:
    """The project graphs under SRC (``{relpath: source}``), one per root that has any.

    Files that neither import a project module nor are imported, outside packages, are
    standalone scripts and belong to no graph. Crates are named by :func:`name_library_crates`.
    """
    present = set(sources)
    by_root: dict[str, ProjectGraph] = {}
    for relpath in sorted(sources):
        root, name, is_package = module_name(relpath, present, top_name)
        if name.split(".", 1)[0] in STDLIB and "." not in name and not is_package:
            name_ok = False  # a top-level `random.py`: never an import target of the project
        else:
            name_ok = True
        try:
            tree = ast.parse(sources[relpath], filename=relpath)
        except (SyntaxError, ValueError):
            tree = None
        graph = by_root.setdefault(root, ProjectGraph(root))
        node = ModuleNode(root, name, relpath, sources[relpath], tree, is_package)
        if name_ok and name not in graph.modules:
            graph.modules[name] = node
        else:
            graph.modules[f"__standalone__.{relpath}"] = node
    graphs = []
    for graph in by_root.values():
        names = {n for n in graph.modules if not n.startswith("__standalone__.")}
        for mod in graph.modules.values():
            if mod.tree is not None:
                mod.imports = _imports(mod, names)
        imported = {e.target for m in graph.modules.values() for e in m.imports}
        imported |= {p for name in imported for p in _with_parents(name)}
        members = {}
        for key, mod in graph.modules.items():
            in_package = "." in mod.name or mod.is_package
            if key.startswith("__standalone__.") or not (
                in_package or mod.imports or key in imported
            ):
                continue
            if not in_package and key not in imported:
                mod.kind = "script"
            members[key] = mod
        if not any(m.kind == "script" or m.is_package for m in members.values()):
            continue
        graph.modules = members
        graphs.append(graph)
    return graphs


def name_library_crates(graph: ProjectGraph, taken: set[str]) -> None:
    """A crate per top-level package, unique in ``taken`` (which grows)."""
    from portalis_ray.workspace import library_crate_name

    names: dict[str, str] = {}
    for mod in sorted(graph.modules.values(), key=_by_name):
        if mod.kind != "module":
            continue
        if mod.top not in names:
            qualifier = graph.root.replace("/", "_")
            names[mod.top] = library_crate_name(mod.top, qualifier, taken)
        mod.crate = names[mod.top]
    for cycle in graph.crate_cycles():
        first = next(m for m in graph.library if m.crate == cycle[0])
        graph.diagnostics.append(
            Diagnostic(
                first.relpath,
                1,
                1,
                "import-cycle",
                "import cycle between packages "
                + " -> ".join(cycle)
                + " (Cargo crates cannot depend on each other in a cycle)",
            )
        )

"""Joins a project's modules into one translation unit, so types are inferred across modules.

The rules translator infers types over a whole program (a function's parameter types come
from its call sites, a class's fields from every assignment), so a project is translated
as one unit: each module's top-level names get a project-wide name (the Python name,
qualified by the module only where two modules define the same name), every reference
through an import (``from .models import Item``, ``util.fmt(...)``,
``shop.storage.memory.Store``, ``from pkg import *`` with ``__all__``) is rewritten to
that name, the imports of project modules are dropped, and each module's lines are
shifted by an offset so that every line of the unit maps back to its file.
"""

from __future__ import annotations

import ast
import copy
from collections import Counter
from dataclasses import dataclass, field

from portalis_ray.diagnostics import Diagnostic
from portalis_ray.project.graph import ModuleNode, ProjectGraph, resolve_from
from portalis_ray.translate.rules.translator import is_main_guard

# What a top-level name of a module is bound to.
Target = tuple[str, str, str]  # ("def", module, name) | ("module", module, "") | ("ext", text, "")


@dataclass
class Span:
    """The lines of the unit that came from one module."""

    module: str
    relpath: str
    first: int  # first line of the unit (1-based) that belongs to the module
    offset: int  # unit line = module line + offset
    lines: int


@dataclass
class ProjectUnit:
    """The joined module and what it takes to map its items back to their modules."""

    tree: ast.Module
    spans: list[Span]
    global_names: dict[tuple[str, str], str]  # (module, python name) -> name in the unit
    owners: dict[str, str]  # name in the unit -> module that defines it
    shared: set[str]  # module-level names read by another module's top-level code
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def locate(self, line: int) -> Span | None:
        """The module span that holds unit line ``line``."""
        for span in self.spans:
            if span.first <= line < span.first + span.lines:
                return span
        return None


def _own_names(tree: ast.Module) -> list[str]:
    """Names a module binds at its top level itself (not through project imports)."""
    names: dict[str, None] = {}
    scopes = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
    comps = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)

    def walk(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, scopes):
                if not isinstance(child, ast.Lambda):
                    names[child.name] = None
                continue
            if isinstance(child, comps):
                continue
            if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store):
                names[child.id] = None
            elif isinstance(child, ast.ExceptHandler) and child.name:
                names[child.name] = None
            walk(child)

    walk(tree)
    for node in ast.walk(tree):  # `global x` in a function binds a module-level x
        if isinstance(node, ast.Global):
            names.update(dict.fromkeys(node.names))
    return [n for n in names if n not in ("__all__",)]


class _Namespaces:
    """Resolves what each module's top-level names are bound to."""

    def __init__(self, graph: ProjectGraph) -> None:
        self.graph = graph
        self.own = {
            name: _own_names(mod.tree) if mod.tree is not None else []
            for name, mod in graph.modules.items()
        }
        self._cache: dict[str, dict[str, Target]] = {}
        self._busy: set[str] = set()

    def module(self, name: str) -> dict[str, Target]:
        """Name -> target for module ``name`` (its own names, then its imports)."""
        if name in self._cache:
            return self._cache[name]
        if name in self._busy:  # an import cycle: what is known so far
            return {n: ("def", name, n) for n in self.own.get(name, [])}
        self._busy.add(name)
        mod = self.graph.modules[name]
        table: dict[str, Target] = {}
        if mod.tree is not None:
            for stmt in _top_level_imports(mod.tree):
                table.update(self._bind_import(mod, stmt))
        for own in self.own[name]:
            table[own] = ("def", name, own)
        self._busy.discard(name)
        self._cache[name] = table
        return table

    def attribute(self, module: str, attr: str) -> Target | None:
        """What ``module.attr`` is: a name of the module, or its submodule."""
        table = self.module(module)
        if attr in table:
            return table[attr]
        sub = f"{module}.{attr}"
        if sub in self.graph.modules:
            return ("module", sub, "")
        return None

    def public(self, module: str) -> dict[str, Target]:
        """What ``from module import *`` binds: ``__all__`` when it is a literal list."""
        table = self.module(module)
        mod = self.graph.modules[module]
        listed = _dunder_all(mod.tree) if mod.tree is not None else None
        if listed is None:
            return {k: v for k, v in table.items() if not k.startswith("_")}
        out = {}
        for name in listed:
            target = self.attribute(module, name)
            if target is not None:
                out[name] = target
        return out

    def _bind_import(self, mod: ModuleNode, stmt: ast.stmt) -> dict[str, Target]:
        out: dict[str, Target] = {}
        modules = self.graph.modules
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                if alias.name not in modules:
                    bound = alias.asname or alias.name.split(".")[0]
                    out[bound] = ("ext", alias.name, "")
                elif alias.asname:
                    out[alias.asname] = ("module", alias.name, "")
                else:
                    out[alias.name.split(".")[0]] = ("module", alias.name.split(".")[0], "")
        elif isinstance(stmt, ast.ImportFrom):
            base = resolve_from(mod, stmt)
            if base not in modules:
                for alias in stmt.names:
                    out[alias.asname or alias.name] = ("ext", f"{base}.{alias.name}", "")
                return out
            for alias in stmt.names:
                if alias.name == "*":
                    out.update(self.public(base))
                    continue
                target = self.attribute(base, alias.name)
                if target is not None:
                    out[alias.asname or alias.name] = target
        return out


def _top_level_imports(tree: ast.Module) -> list[ast.stmt]:
    out: list[ast.stmt] = []

    def walk(stmts: list[ast.stmt]) -> None:
        for stmt in stmts:
            if isinstance(stmt, (ast.Import, ast.ImportFrom)):
                out.append(stmt)
            elif isinstance(stmt, (ast.If, ast.Try, ast.With, ast.For, ast.While)):
                for name in ("body", "orelse", "finalbody"):
                    walk(getattr(stmt, name, []) or [])
                for handler in getattr(stmt, "handlers", []):
                    walk(handler.body)

    walk(tree.body)
    return out


def _dunder_all(tree: ast.Module) -> list[str] | None:
    for stmt in tree.body:
        if (
            isinstance(stmt, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in stmt.targets)
            and isinstance(stmt.value, (ast.List, ast.Tuple))
            and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in stmt.value.elts
            )
        ):
            return [e.value for e in stmt.value.elts]  # type: ignore[attr-defined]
    return None


def imports_project(graph: ProjectGraph, mod: ModuleNode, stmt: ast.AST) -> bool:
    """Whether ``stmt`` (in ``mod``) imports a module of the project."""
    if isinstance(stmt, ast.Import):
        return any(a.name in graph.modules for a in stmt.names)
    return isinstance(stmt, ast.ImportFrom) and resolve_from(mod, stmt) in graph.modules


def _scope_locals(node: ast.AST) -> set[str]:
    """Names local to a function, lambda or comprehension scope (Python's rules)."""
    names: set[str] = set()
    declared: set[str] = set()
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        args = node.args
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
            if arg is not None:
                names.add(arg.arg)
        body: list[ast.AST] = [node.body] if isinstance(node, ast.Lambda) else list(node.body)
    elif isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        for gen in node.generators:
            for target in ast.walk(gen.target):
                if isinstance(target, ast.Name):
                    names.add(target.id)
        return names
    else:  # a class body
        body = list(node.body)  # type: ignore[attr-defined]
    inner = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
    comps = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
    stack = list(body)
    while stack:
        item = stack.pop()
        if isinstance(item, inner):
            if not isinstance(item, ast.Lambda):
                names.add(item.name)
                stack.extend(item.decorator_list)
            continue
        if isinstance(item, comps):
            stack.append(item.generators[0].iter)  # evaluated in the enclosing scope
            continue
        if isinstance(item, (ast.Global, ast.Nonlocal)):
            declared.update(item.names)
        elif isinstance(item, ast.Name) and isinstance(item.ctx, (ast.Store, ast.Del)):
            names.add(item.id)
        elif isinstance(item, ast.NamedExpr) and isinstance(item.target, ast.Name):
            names.add(item.target.id)
        elif isinstance(item, ast.ExceptHandler) and item.name:
            names.add(item.name)
        elif isinstance(item, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in item.names)
        stack.extend(ast.iter_child_nodes(item))
    return names - declared


class _Rewriter(ast.NodeTransformer):
    """Rewrites one module's references to project-wide names (scope aware)."""

    def __init__(self, unit: _Builder, mod: ModuleNode) -> None:
        self.unit = unit
        self.mod = mod
        self.table = unit.namespaces.module(mod.name)
        self.scopes: list[tuple[str, set[str]]] = []  # (kind, locals), innermost last
        self.script = mod.kind == "script"

    # -- name resolution
    def _is_local(self, name: str) -> bool:
        for depth, (kind, names) in enumerate(reversed(self.scopes)):
            if kind == "class" and depth != 0:
                continue  # methods do not see the class body's names
            if name in names:
                return True
        return False

    def _target(self, name: str) -> Target | None:
        if self._is_local(name):
            return None
        return self.table.get(name)

    def _name_for(self, target: Target, node: ast.AST) -> ast.expr | None:
        kind, module, name = target
        if kind == "def":
            return ast.copy_location(ast.Name(self.unit.global_names[(module, name)]), node)
        return None

    # -- scopes
    def _visit_scope(self, node: ast.AST, kind: str) -> ast.AST:
        self.scopes.append((kind, _scope_locals(node)))
        self.generic_visit(node)
        self.scopes.pop()
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        if not self.scopes:
            node.name = self.unit.global_names[(self.mod.name, node.name)]
        for item in [*node.decorator_list, *node.args.defaults, *node.args.kw_defaults]:
            if item is not None:
                self.visit(item)
        for arg in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]:
            if arg.annotation is not None:
                arg.annotation = self.visit(arg.annotation)
        if node.returns is not None:
            node.returns = self.visit(node.returns)
        self.scopes.append(("function", _scope_locals(node)))
        node.body = [self.visit(s) for s in node.body]
        self.scopes.pop()
        for stmt in ast.walk(node):
            if imports_project(self.unit.graph, self.mod, stmt):
                self.unit.error(
                    self.mod,
                    stmt,
                    "import-in-function",
                    "an import of a project module inside a function is not supported; "
                    "move it to the top of the module",
                )
        return node

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        if not self.scopes:
            node.name = self.unit.global_names[(self.mod.name, node.name)]
        node.bases = [self.visit(b) for b in node.bases]
        node.keywords = [self.visit(k) for k in node.keywords]
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        self.scopes.append(("class", _scope_locals(node)))
        node.body = [self.visit(s) for s in node.body]
        self.scopes.pop()
        return node

    def visit_Lambda(self, node: ast.Lambda) -> ast.AST:
        return self._visit_scope(node, "function")

    def visit_ListComp(self, node: ast.AST) -> ast.AST:
        return self._visit_scope(node, "function")

    visit_SetComp = visit_DictComp = visit_GeneratorExp = visit_ListComp

    # -- references
    def visit_Global(self, node: ast.Global) -> ast.AST:
        node.names = [self.unit.global_names.get((self.mod.name, n), n) for n in node.names]
        return node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id == "__name__" and not self.script and not self._is_local(node.id):
            return ast.copy_location(ast.Constant(self.mod.name), node)
        target = self._target(node.id)
        if target is None:
            return node
        if target[0] == "def":
            node.id = self.unit.global_names[(target[1], target[2])]
            return node
        if target[0] == "module":
            self.unit.error(
                self.mod,
                node,
                "module-value",
                f"module '{target[1]}' used as a value; only its attributes can be translated",
            )
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        chain: list[str] = []
        base: ast.expr = node
        while isinstance(base, ast.Attribute):
            chain.insert(0, base.attr)
            base = base.value
        if isinstance(base, ast.Name):
            target = self._target(base.id)
            if target is not None and target[0] == "module":
                return self._module_chain(node, target, chain)
        self.generic_visit(node)
        return node

    def _module_chain(self, node: ast.Attribute, target: Target, chain: list[str]) -> ast.AST:
        """``util.fmt`` / ``shop.storage.memory.Store(...).put`` -> the name, then attributes."""
        names = self.unit.namespaces
        for index, attr in enumerate(chain):
            if target[0] != "module":
                break
            found = names.attribute(target[1], attr)
            if found is None:
                self.unit.error(
                    self.mod, node, "name-error", f"module '{target[1]}' has no attribute '{attr}'"
                )
                return node
            target = found
            rest = chain[index + 1 :]
            if target[0] == "def":
                expr: ast.expr = ast.copy_location(
                    ast.Name(self.unit.global_names[(target[1], target[2])], ast.Load()), node
                )
                for more in rest:
                    expr = ast.copy_location(ast.Attribute(expr, more, ast.Load()), node)
                if isinstance(expr, (ast.Attribute, ast.Name)):
                    expr.ctx = node.ctx
                return expr
            if target[0] == "ext":
                return node
        self.unit.error(self.mod, node, "module-value", f"module '{target[1]}' used as a value")
        return node


class _Builder:
    """Builds the ProjectUnit of one graph."""

    def __init__(self, graph: ProjectGraph) -> None:
        self.graph = graph
        self.namespaces = _Namespaces(graph)
        self.diagnostics: list[Diagnostic] = []
        self.global_names = self._global_names()

    def error(self, mod: ModuleNode, node: ast.AST, code: str, message: str) -> None:
        line = getattr(node, "lineno", 1)
        col = getattr(node, "col_offset", 0) + 1
        self.diagnostics.append(Diagnostic(mod.relpath, line, col, code, message))

    def _global_names(self) -> dict[tuple[str, str], str]:
        """Python name where no two modules define it, else qualified by the module."""
        counts: Counter[str] = Counter()
        for names in self.namespaces.own.values():
            counts.update(set(names))
        for mod in self.graph.modules.values():  # a name one module defines, another imports
            for name, target in self.namespaces.module(mod.name).items():
                if target[0] == "ext" and counts[name]:
                    counts[name] += 1
        taken = {n for n, c in counts.items() if c == 1}
        out: dict[tuple[str, str], str] = {}
        for module, names in sorted(self.namespaces.own.items()):
            for name in names:
                if counts[name] == 1:
                    out[(module, name)] = name
                    continue
                qualified = f"{module.replace('.', '_')}_{name}"
                while qualified in taken:
                    qualified += "_"
                taken.add(qualified)
                out[(module, name)] = qualified
        return out

    def order(self) -> list[ModuleNode]:
        """Every module once: each script's execution order, then unreached modules."""
        seen: dict[str, ModuleNode] = {}
        for script in self.graph.scripts:
            for mod in self.graph.execution_order(script):
                seen.setdefault(mod.name, mod)
        for mod in self.graph.library:
            for dep in self.graph.execution_order(mod):
                seen.setdefault(dep.name, dep)
        return list(seen.values())

    def build(self) -> ProjectUnit:
        body: list[ast.stmt] = []
        spans: list[Span] = []
        offset = 0
        owners = {g: module for (module, _), g in self.global_names.items()}
        for mod in self.order():
            if mod.tree is None:
                continue
            tree = copy.deepcopy(mod.tree)
            stmts = self._module_statements(mod, tree)
            rewriter = _Rewriter(self, mod)
            stmts = [rewriter.visit(s) for s in stmts]
            lines = max([getattr(n, "end_lineno", 0) or 0 for n in ast.walk(tree)] + [1])
            holder = ast.Module(stmts, [])
            ast.increment_lineno(holder, offset)
            spans.append(Span(mod.name, mod.relpath, offset + 1, offset, lines))
            body.extend(stmts)
            offset += lines + 1
        unit = ast.Module(body, [])
        ast.fix_missing_locations(unit)
        shared = _shared_names(unit, spans)
        return ProjectUnit(unit, spans, self.global_names, owners, shared, self.diagnostics)

    def _module_statements(self, mod: ModuleNode, tree: ast.Module) -> list[ast.stmt]:
        """The statements that stay: project imports, ``__all__`` and foreign main guards go."""
        out: list[ast.stmt] = []
        for stmt in tree.body:
            if imports_project(self.graph, mod, stmt):
                continue
            if isinstance(stmt, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in stmt.targets
            ):
                continue
            if mod.kind != "script" and is_main_guard(stmt):
                continue  # runs only when the module is the program, never on import
            out.append(stmt)
        return out


def _shared_names(unit: ast.Module, spans: list[Span]) -> set[str]:
    """Top-level names bound in one module's top-level code and read in another's."""
    stores: dict[str, set[int]] = {}
    loads: dict[str, set[int]] = {}
    scopes = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
    for stmt in unit.body:
        owner = next(
            (i for i, s in enumerate(spans) if s.first <= stmt.lineno < s.first + s.lines), -1
        )
        stack: list[ast.AST] = [stmt]
        while stack:
            node = stack.pop()
            if isinstance(node, scopes) and node is not stmt:
                continue
            if isinstance(node, scopes):
                stack.extend(getattr(node, "decorator_list", []))
                if isinstance(node, ast.ClassDef):
                    stack.extend(node.bases)
                continue
            if isinstance(node, ast.Name):
                table = stores if isinstance(node.ctx, ast.Store) else loads
                table.setdefault(node.id, set()).add(owner)
            stack.extend(ast.iter_child_nodes(node))
    return {n for n, where in loads.items() if n in stores and where - stores[n]}


def join_project(graph: ProjectGraph) -> ProjectUnit:
    """The project's modules as one unit for the rules translator (see the module doc)."""
    return _Builder(graph).build()

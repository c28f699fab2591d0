"""Where each Python name lives and where its Rust `let` goes.

Python scopes are whole functions; Rust scopes are blocks. For every function
(and the module body) this pass finds the locals, the names declared
``global``, how often each is stored (for ``mut``), and whether a name can be
declared at its first assignment, must be hoisted to the top of the function,
or is only ever a loop variable.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from portalis_ray.translate.rules.walk import children

COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


@dataclass
class _Event:
    name: str
    store: bool
    order: int
    top_index: int  # index of the enclosing top-level statement
    direct: bool  # a store that is the target of a top-level simple statement
    binders: tuple[int, ...]  # ids of enclosing For nodes whose target binds the name


@dataclass
class Scope:
    """Name facts for one function body (or the module body)."""

    params: list[str] = field(default_factory=list)
    locals: set[str] = field(default_factory=set)
    globals: set[str] = field(default_factory=set)
    nonlocals: set[str] = field(default_factory=set)
    loads: set[str] = field(default_factory=set)
    store_count: dict[str, int] = field(default_factory=dict)
    declare_at: dict[str, int] = field(default_factory=dict)  # name -> top-level stmt index
    loop_local: set[str] = field(default_factory=set)
    # For-loops whose target names are never read after the loop: the loop may bind
    # them privately (`for v in VOWELS` after `v` held an int elsewhere).
    private_loops: dict[int, set[str]] = field(default_factory=dict)

    def hoisted(self) -> list[str]:
        """Locals that need a `let` with a default at the top of the function."""
        return sorted(
            n
            for n in self.locals
            if n not in self.declare_at and n not in self.loop_local and n not in self.params
        )

    def is_mut(self, name: str) -> bool:
        """Whether the Rust binding must be `mut`."""
        if name in self.params:
            return self.store_count.get(name, 0) > 0
        return self.store_count.get(name, 0) > 1 or name not in self.declare_at


class _Collector(ast.NodeVisitor):
    def __init__(self) -> None:
        self.events: list[_Event] = []
        self.globals: set[str] = set()
        self.nonlocals: set[str] = set()
        self.top_index = 0
        self.direct_targets: set[int] = set()
        self.binders: list[tuple[int, set[str]]] = []
        self.loop_spans: list[tuple[int, set[str], int, int]] = []  # (id, names, start, end)
        self.loop_depth = 0

    def _add(self, name: str, store: bool, node: ast.AST) -> None:
        binders = tuple(fid for fid, names in self.binders if name in names)
        self.events.append(
            _Event(
                name,
                store,
                len(self.events),
                self.top_index,
                id(node) in self.direct_targets,
                binders,
            )
        )

    def generic_visit(self, node: ast.AST) -> None:  # ast.NodeVisitor's, faster
        for child in children(node):
            self.visit(child)

    def visit_Constant(self, node: ast.Constant) -> None:
        pass  # no names inside

    def visit_Name(self, node: ast.Name) -> None:
        self._add(node.id, isinstance(node.ctx, (ast.Store, ast.Del)), node)

    def visit_Global(self, node: ast.Global) -> None:
        self.globals.update(node.names)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        self.nonlocals.update(node.names)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._add(node.name, True, node)  # nested defs bind their name; bodies are separate

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._add(node.name, True, node)

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit(node.value)  # the right side is read before the targets are bound
        for target in node.targets:
            self.visit(target)

    def visit_While(self, node: ast.While) -> None:
        self.loop_depth += 1
        self.generic_visit(node)
        self.loop_depth -= 1

    def visit_Lambda(self, node: ast.Lambda) -> None:
        bound = {a.arg for a in node.args.args}
        for name in ast.walk(node.body):
            if isinstance(name, ast.Name) and name.id not in bound:
                self._add(name.id, False, name)

    def _visit_comprehension(self, node: ast.AST) -> None:
        bound: set[str] = set()
        for gen in node.generators:  # type: ignore[attr-defined]
            for t in ast.walk(gen.target):
                if isinstance(t, ast.Name):
                    bound.add(t.id)
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name) and sub.id not in bound:
                self._add(sub.id, isinstance(sub.ctx, ast.Store), sub)

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _visit_comprehension

    def visit_For(self, node: ast.For) -> None:
        names = {t.id for t in ast.walk(node.target) if isinstance(t, ast.Name)}
        start = len(self.events)
        self.binders.append((id(node), names))
        self.visit(node.target)
        self.binders.pop()
        self.visit(node.iter)
        self.binders.append((id(node), names))
        self.loop_depth += 1
        for stmt in node.body:
            self.visit(stmt)
        self.loop_depth -= 1
        self.binders.pop()
        if self.loop_depth == 0:  # a nested loop's target may be read by the next outer pass
            self.loop_spans.append((id(node), names, start, len(self.events)))
        for stmt in node.orelse:
            self.visit(stmt)


def _direct_targets(stmt: ast.stmt) -> list[ast.AST]:
    """Name targets a top-level simple statement binds unconditionally."""
    if isinstance(stmt, ast.Assign):
        targets: list[ast.AST] = []
        for t in stmt.targets:
            targets.extend(ast.walk(t) if isinstance(t, (ast.Tuple, ast.List)) else [t])
        return [t for t in targets if isinstance(t, ast.Name)]
    if isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
        return [stmt.target]
    return []


def _dead_after(events: list[_Event], end: int) -> bool:
    """The value a loop leaves in a name is never read: nothing after it, or a rebinding first."""
    later = [e for e in events if e.order >= end]
    return not later or (later[0].store and later[0].direct)


def analyze_scope(body: list[ast.stmt], params: list[str] | None = None) -> Scope:
    """Compute the Scope of a function body (or the flattened module body)."""
    collector = _Collector()
    for index, stmt in enumerate(body):
        collector.top_index = index
        collector.direct_targets = {id(t) for t in _direct_targets(stmt)}
        collector.visit(stmt)
    scope = Scope(
        params=list(params or []), globals=collector.globals, nonlocals=collector.nonlocals
    )
    by_name: dict[str, list[_Event]] = {}
    for event in collector.events:
        by_name.setdefault(event.name, []).append(event)
    for name, events in by_name.items():
        stores = [e for e in events if e.store]
        if name == "_" and all(e.store for e in events):
            continue  # a throwaway target: emitted as Rust's `_`
        if any(not e.store for e in events):
            scope.loads.add(name)
        if not stores or name in scope.globals or name in scope.nonlocals:
            continue
        scope.locals.add(name)
        scope.store_count[name] = len(stores)
        if name in scope.params:
            continue
        if all(e.binders for e in events):
            scope.loop_local.add(name)
            continue
        first = events[0]
        if first.store and first.direct and not first.binders:
            scope.declare_at[name] = first.top_index
    for loop_id, names, _start, end in collector.loop_spans:
        private = {
            n
            for n in names
            if n in scope.locals
            and n not in scope.params
            and n not in scope.loop_local
            and _dead_after(by_name.get(n, []), end)
        }
        if private:
            scope.private_loops[loop_id] = private
    return scope


def version_names(body: list[ast.stmt], names: set[str]) -> None:
    """Give each top-level rebinding of ``names`` its own variable (`x`, `x#v1`, ...).

    A plain assignment at the top level of a function kills the old value, so
    everything after it (up to the next such assignment) sees a new variable:
    in Rust, a shadowing `let` with its own type (`data = data.split(",")`).
    """
    for name in names:
        version = 0
        for stmt in body:
            direct = [t for t in _direct_targets(stmt) if getattr(t, "id", None) == name]
            current = _versioned(name, version)
            if direct:
                version += 1
            for node in ast.walk(stmt):
                if isinstance(node, ast.Name) and node.id == name:
                    node.id = _versioned(name, version) if node in direct else current


def _versioned(name: str, version: int) -> str:
    return name if version == 0 else f"{name}#v{version}"

"""Imports written inside functions (`def f(): import math`), moved to the module's top.

A function-local `import math` or `from math import floor` binds a local name to a standard
module or one of its functions: the same object the module-level import would bind. Moving it
to the top keeps what every use means, as long as the module binds that name to nothing else
and the function never rebinds it; such imports are left where they are (and refused there,
at their line, as before).
"""

from __future__ import annotations

import ast

from portalis_ray.translate.rules.walk import statements

Binding = tuple[str, str | None]  # (module, attribute) an import binds a name to


def _bindings(stmt: ast.Import | ast.ImportFrom) -> dict[str, Binding] | None:
    """Name -> what `stmt` binds it to; None for a relative or dotted import."""
    out: dict[str, Binding] = {}
    for alias in stmt.names:
        if isinstance(stmt, ast.ImportFrom):
            if stmt.level or not stmt.module or alias.name == "*":
                return None
            out[alias.asname or alias.name] = (stmt.module, alias.name)
        elif "." in alias.name and not alias.asname:
            return None
        else:
            out[alias.asname or alias.name] = (alias.name, None)
    return out


def _stored(body: list[ast.stmt]) -> set[str]:
    """Names that ``body`` binds other than by import (not looking into nested scopes)."""
    out: set[str] = set()
    todo: list[ast.AST] = list(body)
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.add(node.name)
            continue
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            out.add(node.id)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            out.update(node.names)
        todo.extend(ast.iter_child_nodes(node))
    return out


class _Hoist(ast.NodeTransformer):
    def __init__(self, known: frozenset[str], top: dict[str, Binding], taken: set[str]) -> None:
        self.known, self.top, self.taken = known, top, taken
        self.hoisted: list[ast.stmt] = []
        self.fn_stores: list[set[str]] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        self.fn_stores.append(_stored(node.body))
        self.generic_visit(node)
        self.fn_stores.pop()
        return node

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _hoist(self, node: ast.Import | ast.ImportFrom) -> ast.AST:
        binds = _bindings(node)
        if not self.fn_stores or binds is None:
            return node
        for name, target in binds.items():
            if target[0].split(".")[0] not in self.known or name in self.fn_stores[-1]:
                return node
            if name in self.taken or self.top.get(name, target) != target:
                return node
        fresh = {n: t for n, t in binds.items() if n not in self.top}
        self.top.update(fresh)
        if fresh:
            self.hoisted.append(node)
        return ast.copy_location(ast.Pass(), node)

    visit_Import = _hoist  # type: ignore[assignment]
    visit_ImportFrom = _hoist  # type: ignore[assignment]


def hoist_imports(tree: ast.Module, known: frozenset[str]) -> None:
    """Move function-local imports of known standard modules to the module's top, in place."""
    if not any(
        isinstance(s, (ast.Import, ast.ImportFrom))
        for fn in tree.body
        if not isinstance(fn, (ast.Import, ast.ImportFrom))
        for s in statements(fn)
    ):
        return
    top: dict[str, Binding] = {}
    for stmt in tree.body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            top.update(_bindings(stmt) or {})
    hoist = _Hoist(known, top, _stored(tree.body))
    hoist.visit(tree)
    if hoist.hoisted:
        at = 0
        while at < len(tree.body) and (
            (isinstance(tree.body[at], ast.ImportFrom)
            and tree.body[at].module == "__future__")  # type: ignore[attr-defined]
            or (isinstance(tree.body[at], ast.Expr)
            and isinstance(tree.body[at].value, ast.Constant))  # type: ignore[attr-defined]
        ):
            at += 1
        tree.body[at:at] = hoist.hoisted

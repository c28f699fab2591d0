"""Loops over a tuple of functions, `for cast in (int, float): ...`, unrolled.

Rust has no one type for `int`, `float` and a user function as values, but each turn of such
a loop is an ordinary call: the body is repeated once per function with the loop variable
replaced by the function's name. This runs the same calls in the same order, as long as the
body does not leave the loop early (`break`, `continue`) or rebind the variable, and nothing
reads the variable after the loop; other loops are left as they are.
"""

from __future__ import annotations

import ast
import builtins
import copy
from collections import Counter

from portalis_ray.translate.rules.closures import SCOPES, own_nodes
from portalis_ray.translate.rules.walk import statements


def _callable_names(tree: ast.Module) -> set[str]:
    """Names that denote functions or classes: top-level defs and classes, builtins."""
    out = {s.name for s in tree.body if isinstance(s, (ast.FunctionDef, ast.ClassDef))}
    return out | {n for n in dir(builtins) if callable(getattr(builtins, n)) and n[0] != "_"}


def _is_function_ref(node: ast.expr, names: set[str], modules: set[str]) -> bool:
    if isinstance(node, ast.Name):
        return node.id in names
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in modules | {"str", "int", "float"}
    )


def _jumps(body: list[ast.stmt]) -> bool:
    """A `break` or `continue` of this loop (not of a nested one)."""
    todo: list[ast.AST] = list(body)
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.Break, ast.Continue)):
            return True
        if isinstance(node, (ast.For, ast.While, *SCOPES)):
            continue
        todo.extend(ast.iter_child_nodes(node))
    return False


class _Replace(ast.NodeTransformer):
    def __init__(self, name: str, value: ast.expr) -> None:
        self.name, self.value = name, value

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id == self.name and isinstance(node.ctx, ast.Load):
            return ast.copy_location(copy.deepcopy(self.value), node)
        return node


def _unrollable(
    loop: ast.For, names: set[str], modules: set[str], elsewhere: int
) -> bool:
    if not (
        isinstance(loop.target, ast.Name)
        and isinstance(loop.iter, (ast.Tuple, ast.List))
        and loop.iter.elts
        and all(_is_function_ref(e, names, modules) for e in loop.iter.elts)
        and not _jumps(loop.body)
    ):
        return False
    name = loop.target.id
    stores = sum(
        isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load)
        for s in loop.body
        for n in ast.walk(s)
    )
    return stores == 0 and elsewhere == 0


class _Unroll(ast.NodeTransformer):
    """Unrolls the loops of one scope (nested functions are scopes of their own)."""

    def __init__(self, names: set[str], modules: set[str], uses: Counter[str]) -> None:
        self.names, self.modules, self.uses = names, modules, uses

    def _skip(self, node: ast.AST) -> ast.AST:
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = visit_Lambda = _skip

    def visit_For(self, node: ast.For) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        if not isinstance(node.target, ast.Name):
            return node
        name = node.target.id
        inside = sum(
            isinstance(n, ast.Name) and n.id == name for s in node.body for n in ast.walk(s)
        )
        elsewhere = self.uses.get(name, 0) - inside - 1  # less the loop's own target
        if not _unrollable(node, self.names, self.modules, elsewhere):
            return node
        out: list[ast.stmt] = []
        for elt in node.iter.elts:  # type: ignore[attr-defined]
            for stmt in node.body:
                out.append(_Replace(name, elt).visit(copy.deepcopy(stmt)))
        return [*out, *node.orelse]


def _scope_uses(body: list[ast.stmt]) -> Counter[str]:
    """How often each name appears in one scope (not in the functions nested in it)."""
    return Counter(n.id for n in own_nodes(body) if isinstance(n, ast.Name))


def unroll_function_loops(tree: ast.Module) -> None:
    """Unroll, in place, the loops over tuples of functions that can be (see above)."""
    if not any(
        isinstance(s, ast.For)
        and isinstance(s.iter, (ast.Tuple, ast.List))
        and s.iter.elts
        and all(isinstance(e, (ast.Name, ast.Attribute)) for e in s.iter.elts)
        for s in statements(tree)
    ):
        return
    modules = {
        a.asname or a.name for s in tree.body if isinstance(s, ast.Import) for a in s.names
    }
    names = _callable_names(tree) - {
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }
    scopes: list[ast.Module | ast.FunctionDef | ast.AsyncFunctionDef] = [tree]
    scopes += [
        n for n in statements(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]
    for scope in scopes:
        unroll = _Unroll(names, modules, _scope_uses(scope.body))
        body: list[ast.stmt] = []
        for stmt in scope.body:
            done = unroll.visit(stmt)
            body.extend(done if isinstance(done, list) else [done])
        scope.body = body

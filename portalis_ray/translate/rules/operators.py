"""The `operator` module, rewritten into lambdas before translation.

`operator.add`, `operator.itemgetter(1)`, `attrgetter("name")`... are plain functions of
their arguments, so `key=itemgetter(1)` or `reduce(operator.mul, xs)` become the lambdas
Python would have to write otherwise, and every later stage treats them as such.
"""

from __future__ import annotations

import ast

from portalis_ray.translate.rules.iterlib import make_lambda

_BINARY: dict[str, ast.operator | ast.cmpop] = {
    "add": ast.Add(),
    "sub": ast.Sub(),
    "mul": ast.Mult(),
    "truediv": ast.Div(),
    "floordiv": ast.FloorDiv(),
    "mod": ast.Mod(),
    "pow": ast.Pow(),
    "and_": ast.BitAnd(),
    "or_": ast.BitOr(),
    "xor": ast.BitXor(),
    "lshift": ast.LShift(),
    "rshift": ast.RShift(),
    "eq": ast.Eq(),
    "ne": ast.NotEq(),
    "lt": ast.Lt(),
    "le": ast.LtE(),
    "gt": ast.Gt(),
    "ge": ast.GtE(),
    "contains": ast.In(),
}
_UNARY: dict[str, ast.unaryop] = {
    "neg": ast.USub(),
    "pos": ast.UAdd(),
    "not_": ast.Not(),
    "invert": ast.Invert(),
}
_GETTERS = ("itemgetter", "attrgetter")


def _load(name: str) -> ast.Name:
    return ast.Name(id=name, ctx=ast.Load())


def _function(name: str, where: ast.AST) -> ast.Lambda | None:
    a, b = "__op_a", "__op_b"
    op = _BINARY.get(name)
    if isinstance(op, ast.In):  # contains(a, b) is `b in a`
        return make_lambda([a, b], ast.Compare(_load(b), [op], [_load(a)]), where)
    if isinstance(op, ast.cmpop):
        return make_lambda([a, b], ast.Compare(_load(a), [op], [_load(b)]), where)
    if op is not None:
        return make_lambda([a, b], ast.BinOp(_load(a), op, _load(b)), where)
    if name in _UNARY:
        return make_lambda([a], ast.UnaryOp(_UNARY[name], _load(a)), where)
    return None


def _getter(name: str, args: list[ast.expr], where: ast.AST) -> ast.Lambda | None:
    obj = "__op_o"
    parts: list[ast.expr] = []
    for arg in args:
        if name == "itemgetter":
            parts.append(ast.Subscript(_load(obj), arg, ast.Load()))
        elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            path: ast.expr = _load(obj)
            for attr in arg.value.split("."):
                if not attr.isidentifier():
                    return None
                path = ast.Attribute(path, attr, ast.Load())
            parts.append(path)
        else:
            return None
    if not parts:
        return None
    body = parts[0] if len(parts) == 1 else ast.Tuple(parts, ast.Load())
    return make_lambda([obj], body, where)


class _Rewrite(ast.NodeTransformer):
    def __init__(self, aliases: dict[str, str], modules: set[str]) -> None:
        self.aliases = aliases  # local name -> operator function name
        self.modules = modules  # names bound to the operator module

    def _name_of(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name) and node.id in self.aliases:
            return self.aliases[node.id]
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in self.modules
        ):
            return node.attr
        return None

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        name = self._name_of(node.func)
        if name in _GETTERS and not node.keywords:
            made = _getter(name, node.args, node)
            if made is not None:
                return ast.fix_missing_locations(made)
        return node

    def _value(self, node: ast.expr) -> ast.AST:
        name = self._name_of(node)
        made = _function(name, node) if name else None
        return ast.fix_missing_locations(made) if made else node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        return self._value(node)

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        self.generic_visit(node)
        return self._value(node)


def lower_operator(tree: ast.Module) -> None:
    """Replace `operator` functions and getters by lambdas; drop the imports they needed."""
    aliases: dict[str, str] = {}
    modules: set[str] = set()
    kept: list[ast.stmt] = []
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module == "operator":
            known = [
                a for a in stmt.names if a.name in _BINARY or a.name in _UNARY or a.name in _GETTERS
            ]
            if len(known) == len(stmt.names):
                aliases.update({a.asname or a.name: a.name for a in known})
                continue
        if isinstance(stmt, ast.Import) and [a.name for a in stmt.names] == ["operator"]:
            modules.add(stmt.names[0].asname or "operator")
            continue
        kept.append(stmt)
    if not aliases and not modules:
        return
    tree.body = kept
    _Rewrite(aliases, modules).visit(tree)

"""Values whose type is only known at run time: `pyrt::Obj` (``OBJ``).

Static types come first: a module is translated with one Rust type per slot. Where that
fails because one slot holds scalars of different types (a dict record `{"name": "Ann",
"age": 30}`, a parser returning an int or a str, `node="start"` later an int), the module
is translated again in dynamic mode (`types.DYNAMIC`): those slots become `pyrt::Obj`,
which keeps each value's kind, prints as Python does, and applies Python's operator rules
at run time (raising the TypeError Python would raise). Where a static type is needed
(an index, a str method), the value is converted with a check.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.types import (
    ANYOBJ,
    BIG,
    BOOL,
    FLOAT,
    INT,
    NONE,
    NUM,
    OBJ,
    STR,
    OptT,
    PyType,
)
from portalis_ray.translate.rules.values import CMP, LOWEST, UNARY, Unsupported, Val


def unopt(t: PyType) -> PyType:
    return t.inner if isinstance(t, OptT) else t


if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import Translator

_OBJ_OPS = {
    ast.Add: "add",
    ast.Sub: "sub",
    ast.Mult: "mul",
    ast.Div: "truediv",
    ast.FloorDiv: "floordiv",
    ast.Mod: "modulo",
    ast.Pow: "pow",
}
_OBJ_CMP = {ast.Lt: "py_lt", ast.LtE: "py_le", ast.Gt: "py_gt", ast.GtE: "py_ge"}
# Where a static type is needed: the checked conversion out of an Obj.
_FROM_OBJ = {INT: "as_int", FLOAT: "as_float", STR: "as_str"}


def obj_coercion(tr: Translator, val: Val, target: PyType) -> Val | None:
    """Conversions into and out of `pyrt::Obj`; None when neither side is one."""
    src = val.t
    if target == ANYOBJ:
        return _into_any(tr, val)
    if target == OBJ:
        if src == NONE:
            return Val("pyrt::Obj::None", OBJ)
        if src in (INT, FLOAT, BOOL, STR, NUM, BIG) or (
            isinstance(src, OptT) and src.inner in (INT, FLOAT, BOOL, STR)
        ):
            return Val(f"pyrt::Obj::from({val.code})", OBJ)
        return None
    if src != OBJ:
        return None
    if target in _FROM_OBJ:
        return Val(tr.fallible(f"{val.receiver()}.{_FROM_OBJ[target]}()"), target)
    if target == BOOL:
        return Val(f"{val.receiver()}.as_bool()", BOOL)
    if isinstance(target, OptT) and target.inner in _FROM_OBJ:
        tmp = tr.fresh("o")
        inner = tr.fallible(f"{tmp}.{_FROM_OBJ[target.inner]}()")
        test = f"if {tmp}.is_none() {{ None }} else {{ Some({inner}) }}"
        code = f"{{ let {tmp} = {val.code}; {test} }}"
        return Val(code, target)
    return None


def _into_any(tr: Translator, val: Val) -> Val | None:
    """A value into a slot that may hold anything printable (`ANYOBJ`)."""
    src = val.t
    if src in (OBJ, ANYOBJ):
        return Val(val.code, ANYOBJ, val.prec)
    scalar = obj_coercion(tr, val, OBJ)
    if scalar is not None:
        return Val(scalar.code, ANYOBJ, scalar.prec)
    if isinstance(src, OptT):
        tmp = tr.fresh("o")
        code = (
            f"match {val.code} {{ Some({tmp}) => pyrt::Obj::any({tmp}), None => pyrt::Obj::None }}"
        )
        return Val(code, ANYOBJ, LOWEST)
    if src.has_unknown():
        return None
    return Val(f"pyrt::Obj::any({val.code})", ANYOBJ)


class DynamicMixin:
    """Operators on `pyrt::Obj`, mixed into the Translator."""

    def obj_binop(self: Translator, op: ast.operator, left: Val, right: Val, node: ast.AST) -> Val:
        kind = type(op)
        if kind not in _OBJ_OPS:
            raise Unsupported(node, f"operator {kind.__name__} on values of mixed types")
        a, b = self.coerce(left, OBJ, node), self.coerce(right, OBJ, node)
        return Val(self.fallible(f"pyrt::Obj::{_OBJ_OPS[kind]}({a.borrow()}, {b.borrow()})"), OBJ)

    def obj_compare(self: Translator, op: ast.cmpop, left: Val, right: Val, node: ast.AST) -> Val:
        if ANYOBJ in (unopt(left.t), unopt(right.t)):  # only `==` and `!=` are exact
            if not isinstance(op, (ast.Eq, ast.NotEq)):
                raise Unsupported(node, "ordering values of mixed types is not supported")
            a, b = self.coerce(left, ANYOBJ, node), self.coerce(right, ANYOBJ, node)
            sym = "==" if isinstance(op, ast.Eq) else "!="
            return Val(f"{self.cmp_operand(a)} {sym} {self.cmp_operand(b)}", BOOL, CMP)
        a, b = self.coerce(left, OBJ, node), self.coerce(right, OBJ, node)
        if isinstance(op, (ast.Eq, ast.NotEq)):
            sym = "==" if isinstance(op, ast.Eq) else "!="
            return Val(f"{self.cmp_operand(a)} {sym} {self.cmp_operand(b)}", BOOL, CMP)
        method = _OBJ_CMP.get(type(op))
        if method is None:
            raise Unsupported(node, f"comparison {type(op).__name__} on values of mixed types")
        return Val(self.fallible(f"{a.receiver()}.{method}({b.borrow()})"), BOOL)

    def obj_isinstance(self: Translator, val: Val, names: list[str]) -> Val:
        tests = {"int": "is_int", "float": "is_float", "str": "is_str", "bool": "is_bool"}
        parts = []
        for name in names:
            if name in tests:  # other classes never hold a scalar
                parts.append(f"{val.receiver()}.{tests[name]}()")
        if not parts:
            return Val("false", BOOL)
        code = " || ".join(parts)
        return Val(f"({code})" if len(parts) > 1 else code, BOOL, UNARY)

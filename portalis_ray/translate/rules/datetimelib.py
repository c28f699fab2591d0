"""`datetime.date` and `datetime.timedelta` on pyrt's `Date` and `TimeDelta` (CPython's
calendar, normalisation, texts and errors). `date.today()` and `datetime` with times of day
are not translated: the first reads the clock, the second is not in the runtime yet.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.types import BOOL, FLOAT, INT, STR, OpaqueT, PyType, TupleT
from portalis_ray.translate.rules.values import UNARY, Unsupported, Val, keyword_args

if TYPE_CHECKING:
    from portalis_ray.translate.rules.modules import ModuleFn
    from portalis_ray.translate.rules.translator import Translator

DATE = OpaqueT("datetime.date", "pyrt::Date")
TIMEDELTA = OpaqueT("datetime.timedelta", "pyrt::TimeDelta")
_TD_PARAMS = ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks")


def _int(tr: Translator, node: ast.expr) -> str:
    return tr.coerce(tr.unwrap_opt(tr.expr(node)), INT, node).code


def _date(tr: Translator, node: ast.Call) -> Val:
    y, m, d = (_int(tr, a) for a in keyword_args(node, ["year", "month", "day"], 3, "date"))
    return Val(tr.fallible(f"pyrt::Date::new({y}, {m}, {d})"), DATE)


def _timedelta(tr: Translator, node: ast.Call) -> Val:
    parts = []
    for p, arg in zip(_TD_PARAMS, keyword_args(node, list(_TD_PARAMS), 0, "timedelta")):
        if arg is None:
            parts.append("0.0")
            continue
        val = tr.unwrap_opt(tr.expr(arg))
        if val.t not in (INT, BOOL, FLOAT):
            raise Unsupported(arg, f"timedelta({p}=) of {val.t.python()}", "type-error")
        parts.append(tr.coerce(val, FLOAT, arg).code)
    return Val(tr.fallible(f"pyrt::TimeDelta::new({', '.join(parts)})"), TIMEDELTA)


def _from(rust: str, arg: PyType) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        if len(node.args) != 1 or node.keywords:
            raise Unsupported(node, f"{rust}() takes one argument", "type-error")
        val = tr.unwrap_opt(tr.expr(node.args[0]))
        code = val.borrow() if arg == STR else tr.coerce(val, INT, node.args[0]).code
        if arg == STR and val.t != STR:
            raise Unsupported(node, f"{rust}() of {val.t.python()}", "type-error")
        return Val(tr.fallible(f"pyrt::Date::{rust}({code})"), DATE)

    return emit


DATETIME_FUNCTIONS: dict[tuple[str, str], ModuleFn] = {
    ("datetime", "date"): _date,
    ("datetime", "timedelta"): _timedelta,
    ("datetime", "date.fromisoformat"): _from("fromisoformat", STR),
    ("datetime", "date.fromordinal"): _from("fromordinal", INT),
}
# what `from datetime import date` names in an annotation
DATETIME_TYPES = {("datetime", "date"): DATE, ("datetime", "timedelta"): TIMEDELTA}


def _method(rust: str, ret: PyType, arity: int = 0, fallible: bool = False, text: bool = False):
    def emit(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
        if len(node.args) != arity or node.keywords:
            raise Unsupported(node, f"{rust}() with these arguments", "type-error")
        args = [tr.str_arg(a) if text else _int(tr, a) for a in node.args]
        code = f"{recv.receiver()}.{rust}({', '.join(args)})"
        return Val(tr.fallible(code) if fallible else code, ret)

    return emit


def _replace(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    given = keyword_args(node, ["year", "month", "day"], 0, "replace")
    parts = ["None" if a is None else f"Some({_int(tr, a)})" for a in given]
    return Val(tr.fallible(f"{recv.receiver()}.replace({', '.join(parts)})"), DATE)


DATE_METHODS = {
    "weekday": _method("weekday", INT),
    "isoweekday": _method("isoweekday", INT),
    "isoformat": _method("isoformat", STR),
    "ctime": _method("ctime", STR),
    "toordinal": _method("toordinal", INT),
    "isocalendar": _method("isocalendar", TupleT((INT, INT, INT))),
    "strftime": _method("strftime", STR, 1, text=True),
    "replace": _replace,
}
TIMEDELTA_METHODS = {"total_seconds": _method("total_seconds", FLOAT)}


def datetime_attribute(base: Val, attr: str) -> Val | None:
    """`d.year`, `td.days`, ..."""
    if base.t == DATE and attr in ("year", "month", "day"):
        return Val(f"{base.receiver()}.{attr}()", INT)
    if base.t == TIMEDELTA and attr in ("days", "seconds", "microseconds"):
        return Val(f"{base.receiver()}.{attr}()", INT)
    return None


def datetime_binop(
    tr: Translator, op: ast.operator, left: Val, right: Val, node: ast.AST
) -> Val | None:
    """Date and timedelta arithmetic; None when Python has no such operator."""
    lt, rt, kind = left.t, right.t, type(op)
    a, b = left.receiver(), right.borrow()
    if lt == DATE and rt == TIMEDELTA and kind in (ast.Add, ast.Sub):
        return Val(tr.fallible(f"{a}.{'add' if kind is ast.Add else 'sub'}({b})"), DATE)
    if lt == TIMEDELTA and rt == DATE and kind is ast.Add:
        return Val(tr.fallible(f"{right.receiver()}.add({left.borrow()})"), DATE)
    if lt == DATE and rt == DATE and kind is ast.Sub:
        return Val(f"{a}.diff({b})", TIMEDELTA)
    if lt == TIMEDELTA and rt == TIMEDELTA:
        table = {
            ast.Add: ("add", TIMEDELTA),
            ast.Sub: ("sub", TIMEDELTA),
            ast.Div: ("div_td", FLOAT),
            ast.FloorDiv: ("floordiv_td", INT),
        }
        if kind in table:
            method, t = table[kind]
            return Val(tr.fallible(f"{a}.{method}({b})"), t)
        return None
    td, k = (left, right) if lt == TIMEDELTA else (right, left)
    if td.t != TIMEDELTA or k.t not in (INT, BOOL, FLOAT):
        return None
    if kind is ast.Mult:
        factor = k.code if k.t == FLOAT else tr.coerce(k, INT).code
        method = "mul_float" if k.t == FLOAT else "mul_int"
        return Val(tr.fallible(f"{td.receiver()}.{method}({factor})"), TIMEDELTA)
    if kind is ast.FloorDiv and lt == TIMEDELTA and k.t != FLOAT:
        return Val(tr.fallible(f"{a}.floordiv_int({tr.coerce(right, INT).code})"), TIMEDELTA)
    return None


def timedelta_unary(tr: Translator, op: ast.unaryop, val: Val) -> Val | None:
    if val.t != TIMEDELTA:
        return None
    if isinstance(op, ast.USub):
        return Val(tr.fallible(f"{val.receiver()}.neg()"), TIMEDELTA)
    if isinstance(op, ast.UAdd):
        return val
    return Val(f"!{val.receiver()}.py_bool()", BOOL, UNARY) if isinstance(op, ast.Not) else None

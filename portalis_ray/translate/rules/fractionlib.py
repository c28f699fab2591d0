"""`fractions.Fraction` on pyrt's exact rationals (`pyrt::Fraction`, big-int parts).

Arithmetic with ints stays exact, with floats it is float arithmetic (as in Python);
comparisons with floats are exact too.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.types import BIG, BOOL, FLOAT, INT, STR, OpaqueT, TupleT
from portalis_ray.translate.rules.values import CMP, Unsupported, Val

if TYPE_CHECKING:
    from portalis_ray.translate.rules.modules import ModuleFn
    from portalis_ray.translate.rules.translator import Translator

FRACTION = OpaqueT("fractions.Fraction", "pyrt::Fraction")
_INTS = (INT, BOOL, BIG)


def to_fraction(tr: Translator, val: Val) -> Val:
    """An int, big int or Fraction as a Fraction."""
    if val.t == FRACTION:
        return val
    if val.t == BIG:
        return Val(f"pyrt::Fraction::from_int({val.code})", FRACTION)
    return Val(f"pyrt::Fraction::from_i64({tr.coerce(val, INT).code})", FRACTION)


def _construct(tr: Translator, node: ast.Call) -> Val:
    """`Fraction()`, `Fraction(n)`, `Fraction(n, d)`, `Fraction("3/4")`, `Fraction(0.5)`."""
    if node.keywords or len(node.args) > 2 or any(isinstance(a, ast.Starred) for a in node.args):
        raise Unsupported(node, "Fraction() with these arguments", "type-error")
    if not node.args:
        return Val("pyrt::Fraction::default()", FRACTION)
    vals = [tr.unwrap_opt(tr.expr(a)) for a in node.args]
    if len(vals) == 2:
        if all(v.t in _INTS for v in vals):
            n, d = (tr.to_big(v) for v in vals)
            return Val(tr.fallible(f"pyrt::Fraction::new({n.code}, {d.code})"), FRACTION)
        if all(v.t in (*_INTS, FRACTION) for v in vals):
            a, b = (to_fraction(tr, v) for v in vals)
            return Val(tr.fallible(f"{a.receiver()}.truediv({b.borrow()})"), FRACTION)
        raise Unsupported(node, "Fraction(a, b) needs ints or Fractions", "type-error")
    (v,) = vals
    if v.t in (*_INTS, FRACTION):
        return to_fraction(tr, v)
    if v.t == FLOAT:
        return Val(tr.fallible(f"pyrt::Fraction::from_f64({v.code})"), FRACTION)
    if v.t == STR:
        return Val(tr.fallible(f"pyrt::Fraction::parse({v.borrow()})"), FRACTION)
    raise Unsupported(node, f"Fraction() of {v.t.python()}", "type-error")


FRACTION_FUNCTIONS: dict[tuple[str, str], ModuleFn] = {("fractions", "Fraction"): _construct}

_EXACT = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul"}
_FALLIBLE = {ast.Div: "truediv", ast.Mod: "modulo"}


def fraction_binop(
    tr: Translator, op: ast.operator, left: Val, right: Val, node: ast.AST
) -> Val | None:
    """``left op right`` where an operand is a Fraction; None when Python has no such
    operator for these types."""
    kind = type(op)
    if FLOAT in (left.t, right.t):  # Fraction op float is float arithmetic
        a = Val(tr.fallible(f"{left.receiver()}.to_f64()"), FLOAT) if left.t == FRACTION else left
        b = (
            Val(tr.fallible(f"{right.receiver()}.to_f64()"), FLOAT)
            if right.t == FRACTION
            else right
        )
        return tr.binop(op, a, b, node)
    if kind is ast.Pow and left.t == FRACTION:
        if right.t in (INT, BOOL):
            return Val(
                tr.fallible(f"{left.receiver()}.pow_i64({tr.coerce(right, INT).code})"), FRACTION
            )
        if right.t == BIG:
            return Val(tr.fallible(f"{left.receiver()}.pow({right.borrow()})"), FRACTION)
        return None
    if not all(v.t in (*_INTS, FRACTION) for v in (left, right)):
        return None
    a, b = to_fraction(tr, left), to_fraction(tr, right)
    if kind in _EXACT:
        return Val(f"{a.receiver()}.{_EXACT[kind]}({b.borrow()})", FRACTION)
    if kind in _FALLIBLE:
        return Val(tr.fallible(f"{a.receiver()}.{_FALLIBLE[kind]}({b.borrow()})"), FRACTION)
    if kind is ast.FloorDiv:
        return Val(tr.fallible(f"{a.receiver()}.floordiv({b.borrow()})"), BIG)
    return None


def fraction_compare(tr: Translator, sym: str, left: Val, right: Val) -> Val | None:
    """Exact comparison of a Fraction with a Fraction, an int or a float."""
    if not {left.t, right.t} <= {FRACTION, INT, BOOL, BIG, FLOAT}:
        return None
    if FLOAT in (left.t, right.t):
        frac, x = (left, right) if left.t == FRACTION else (right, left)
        if x.t != FLOAT:
            return None
        ordering = f"{frac.receiver()}.cmp_f64({x.code})"
        if left.t != FRACTION:
            ordering += ".map(|o| o.reverse())"
        return Val(
            f"{ordering}.map_or({str(sym == '!=').lower()}, |o| o {sym} std::cmp::Ordering::Equal)",
            BOOL,
        )
    a, b = to_fraction(tr, left), to_fraction(tr, right)
    return Val(f"{a.wrapped(CMP + 1)} {sym} {b.wrapped(CMP + 1)}", BOOL, CMP)


def _limit(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    arg = node.args[0] if node.args else next((k.value for k in node.keywords), None)
    n = "1000000" if arg is None else tr.coerce(tr.expr(arg), INT).code
    return Val(tr.fallible(f"{recv.receiver()}.limit_denominator({n})"), FRACTION)


def _ratio(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    return Val(f"{recv.receiver()}.as_integer_ratio()", TupleT((BIG, BIG)))


FRACTION_METHODS = {"limit_denominator": _limit, "as_integer_ratio": _ratio}


def fraction_attribute(base: Val, attr: str) -> Val | None:
    if attr in ("numerator", "denominator"):
        return Val(f"{base.receiver()}.{attr}().clone()", BIG)
    return None


def fraction_builtin(tr: Translator, name: str, val: Val, ndigits: str | None) -> Val | None:
    """`float(f)`, `int(f)`, `round(f[, n])`, `abs(f)`, `math.floor/ceil/trunc(f)`."""
    code = val.receiver()
    simple = {
        "float": (tr.fallible(f"{code}.to_f64()"), FLOAT),
        "int": (f"{code}.trunc()", BIG),
        "trunc": (f"{code}.trunc()", BIG),
        "floor": (f"{code}.floor()", BIG),
        "ceil": (f"{code}.ceil()", BIG),
        "abs": (f"{code}.abs()", FRACTION),
    }
    if name == "round":
        if ndigits is None:
            return Val(f"{code}.round()", BIG)
        return Val(tr.fallible(f"{code}.round_to({ndigits})"), FRACTION)
    if name in simple:
        return Val(*simple[name])
    return None

"""`statistics`: CPython 3.11's exact algorithms from pyrt's `stats` module.

Results keep Python's kinds: `mean([1, 2, 3])` is the int 2 and `mean([1, 2])` the
float 1.5 (`int | float` for int data), float data give floats.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.iterlib import list_of
from portalis_ray.translate.rules.types import BOOL, FLOAT, INT, NUM, ListT, PyType, TupleT
from portalis_ray.translate.rules.values import Unsupported, Val

if TYPE_CHECKING:
    from portalis_ray.translate.rules.modules import ModuleFn
    from portalis_ray.translate.rules.translator import Translator


def _data(tr: Translator, node: ast.Call, name: str, extra: int = 0) -> tuple[str, PyType]:
    """The data list (`&List<T>`) of a statistics call and its item type."""
    if not 1 <= len(node.args) <= 1 + extra or any(isinstance(a, ast.Starred) for a in node.args):
        raise Unsupported(node, f"statistics.{name}() with these arguments", "type-error")
    arg = node.args[0]
    if isinstance(arg, (ast.List, ast.Tuple)) and not arg.elts:  # `mean([])`: no data
        return "&List::<i64>::new()", INT
    code, et = list_of(tr, arg)
    if et == BOOL:
        code, et = f"&{code[1:]}.iter().map(|b| b as i64).collect::<List<i64>>()", INT
    if et not in (INT, FLOAT, NUM):
        raise Unsupported(node, f"statistics.{name}() of {et.python()} items", "type-error")
    return code, et


def _numeric(name: str, kind: str) -> ModuleFn:
    """``kind``: "num" (int data may give ints), "float" or "item" (one of the data)."""

    def emit(tr: Translator, node: ast.Call) -> Val:
        if node.keywords:
            raise Unsupported(node, f"statistics.{name}() keywords are not supported yet")
        data, et = _data(tr, node, name)
        call = tr.fallible(f"pyrt::statistics_{name}({data})")
        if kind == "item":
            return Val(call, et)
        if kind == "float":
            return Val(call, FLOAT)
        if et == FLOAT:  # float data: always a float
            return Val(f"{call}.to_f64()", FLOAT)
        return Val(call, NUM)

    return emit


def _mode(many: bool) -> ModuleFn:
    """`mode`/`multimode`: numbers, or any hashable items (words...)."""

    def emit(tr: Translator, node: ast.Call) -> Val:
        name = "multimode" if many else "mode"
        if len(node.args) != 1 or node.keywords:
            raise Unsupported(node, f"statistics.{name}(data) only", "type-error")
        data, et = list_of(tr, node.args[0])
        suffix = "" if et in (INT, FLOAT, NUM) else "_any"
        call = f"pyrt::statistics_{name}{suffix}({data})"
        return Val(call, ListT(et)) if many else Val(tr.fallible(call), et)

    return emit


def _quantiles(tr: Translator, node: ast.Call) -> Val:
    data, _ = _data(tr, node, "quantiles")
    kw = {k.arg: k.value for k in node.keywords}
    if set(kw) - {"n", "method"}:
        raise Unsupported(node, "statistics.quantiles(data, n=, method=) only", "type-error")
    n = tr.coerce(tr.expr(kw["n"]), INT).code if "n" in kw else "4"
    method = tr.str_arg(kw["method"]) if "method" in kw else '"exclusive"'
    return Val(tr.fallible(f"pyrt::statistics_quantiles({data}, {n}, {method})"), ListT(FLOAT))


def _median_grouped(tr: Translator, node: ast.Call) -> Val:
    data, _ = _data(tr, node, "median_grouped", extra=1)
    width = node.args[1] if len(node.args) > 1 else None
    interval = tr.coerce(tr.expr(width), FLOAT).code if width is not None else "1.0"
    return Val(tr.fallible(f"pyrt::statistics_median_grouped({data}, {interval})"), FLOAT)


def _pair(name: str) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        allowed = {"proportional"} if name == "linear_regression" else set()
        if len(node.args) != 2 or any(k.arg not in allowed for k in node.keywords):
            raise Unsupported(node, f"statistics.{name}(x, y) only", "type-error")
        xs, ys = (list_of(tr, a)[0] for a in node.args)
        if name == "linear_regression":  # (slope, intercept)
            flag = next((k.value for k in node.keywords), None)
            prop = "false" if flag is None else tr.truthy(tr.expr(flag)).code
            call = tr.fallible(f"pyrt::statistics_{name}({xs}, {ys}, {prop})")
            return Val(call, TupleT((FLOAT, FLOAT)))
        return Val(tr.fallible(f"pyrt::statistics_{name}({xs}, {ys})"), FLOAT)

    return emit


STATS_FUNCTIONS: dict[tuple[str, str], ModuleFn] = {
    ("statistics", "mean"): _numeric("mean", "num"),
    ("statistics", "fmean"): _numeric("fmean", "float"),
    ("statistics", "geometric_mean"): _numeric("geometric_mean", "float"),
    ("statistics", "harmonic_mean"): _numeric("harmonic_mean", "num"),
    ("statistics", "median"): _numeric("median", "num"),
    ("statistics", "median_low"): _numeric("median_low", "item"),
    ("statistics", "median_high"): _numeric("median_high", "item"),
    ("statistics", "median_grouped"): _median_grouped,
    ("statistics", "mode"): _mode(False),
    ("statistics", "multimode"): _mode(True),
    ("statistics", "quantiles"): _quantiles,
    ("statistics", "variance"): _numeric("variance", "num"),
    ("statistics", "pvariance"): _numeric("pvariance", "num"),
    ("statistics", "stdev"): _numeric("stdev", "float"),
    ("statistics", "pstdev"): _numeric("pstdev", "float"),
    ("statistics", "covariance"): _pair("covariance"),
    ("statistics", "correlation"): _pair("correlation"),
    ("statistics", "linear_regression"): _pair("linear_regression"),
}

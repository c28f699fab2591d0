"""Standard-library modules the rules backend maps: `sys`, `math` (and stdlib.py's)."""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.containers import CONSTRUCTORS
from portalis_ray.translate.rules.dataclasslib import DATACLASS_FUNCTIONS
from portalis_ray.translate.rules.datetimelib import DATETIME_FUNCTIONS
from portalis_ray.translate.rules.exprs import chainable
from portalis_ray.translate.rules.fractionlib import FRACTION, FRACTION_FUNCTIONS, fraction_builtin
from portalis_ray.translate.rules.hashes import HASH_FUNCTIONS
from portalis_ray.translate.rules.iterlib import ITERLIB_FUNCTIONS
from portalis_ray.translate.rules.relib import RE_CONSTANTS, RE_FUNCTIONS
from portalis_ray.translate.rules.statslib import STATS_FUNCTIONS
from portalis_ray.translate.rules.stdlib import STDLIB_FUNCTIONS
from portalis_ray.translate.rules.sysio import SYS_CONSTANTS
from portalis_ray.translate.rules.types import (
    BIG,
    BOOL,
    FLOAT,
    INT,
    NONE,
    NUM,
    STR,
    PyType,
    TupleT,
    is_num,
)
from portalis_ray.translate.rules.values import LOWEST, Unsupported, Val, rust_str_literal

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import Translator

ModuleFn = Callable[["Translator", ast.Call], Val]

MODULE_CONSTANTS: dict[tuple[str, str], Val] = {
    ("math", "pi"): Val("std::f64::consts::PI", FLOAT),
    ("math", "e"): Val("std::f64::consts::E", FLOAT),
    ("math", "tau"): Val("std::f64::consts::TAU", FLOAT),
    ("math", "inf"): Val("f64::INFINITY", FLOAT),
    ("math", "nan"): Val("f64::NAN", FLOAT),
    ("sys", "maxsize"): Val("i64::MAX", INT),
    **SYS_CONSTANTS,
}
_STRING_CONSTANTS = {
    "ascii_lowercase": "abcdefghijklmnopqrstuvwxyz",
    "ascii_uppercase": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ascii_letters": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "digits": "0123456789",
    "hexdigits": "0123456789abcdefABCDEF",
    "octdigits": "01234567",
    "punctuation": "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    "whitespace": " \t\n\r\x0b\x0c",
}
_STRING_CONSTANTS["printable"] = (
    _STRING_CONSTANTS["digits"]
    + _STRING_CONSTANTS["ascii_letters"]
    + _STRING_CONSTANTS["punctuation"]
    + _STRING_CONSTANTS["whitespace"]
)
MODULE_CONSTANTS.update(
    {
        ("string", k): Val(f"{rust_str_literal(v)}.to_string()", STR)
        for k, v in _STRING_CONSTANTS.items()
    }
)


def _floats(tr: Translator, node: ast.Call, lo: int, hi: int) -> list[str]:
    if node.keywords or not lo <= len(node.args) <= hi:
        raise Unsupported(node, "unsupported arguments for this math function", "type-error")
    out = []
    for arg in node.args:
        val = tr.unwrap_opt(tr.expr(arg))
        if not is_num(val.t):
            raise Unsupported(arg, f"math needs a number, got {val.t.python()}", "type-error")
        out.append(tr.coerce(val, FLOAT).code)
    return out


def _big_fn(rust: str, arity: int) -> ModuleFn:
    """math.factorial/comb/perm: results that outgrow 64 bits for small arguments."""

    def emit(tr: Translator, node: ast.Call) -> Val:
        return Val(tr.fallible(f"pyrt::{rust}({', '.join(_ints(tr, node, arity))})"), BIG)

    return emit


def _big_method(rust: str, fallible: bool, fallback: ModuleFn) -> ModuleFn:
    """math.gcd/isqrt: on a big int, the `pyrt::Int` method; otherwise the i64 function."""

    def emit(tr: Translator, node: ast.Call) -> Val:
        vals = [tr.unwrap_opt(tr.expr(a)) for a in node.args]
        if node.keywords or not any(v.t == BIG for v in vals):
            return fallback(tr, node)
        first, *rest = (tr.to_big(v) for v in vals)
        code = f"{first.receiver()}.{rust}({', '.join(v.borrow() for v in rest)})"
        return Val(tr.fallible(code) if fallible else code, BIG)

    return emit


def _int_fold(rust: str, empty: int, pairwise: ModuleFn) -> ModuleFn:
    """math.gcd/lcm of any number of ints, or of `*iterable`: folded pairwise."""

    def emit(tr: Translator, node: ast.Call) -> Val:
        if len(node.args) == 2 and not any(isinstance(a, ast.Starred) for a in node.args):
            return pairwise(tr, node)
        if node.keywords:
            raise Unsupported(node, "unsupported arguments for this math function", "type-error")
        if len(node.args) == 1 and isinstance(node.args[0], ast.Starred):
            code, et = tr.iterate(node.args[0].value)
            if et not in (INT, BOOL):
                raise Unsupported(node, f"expected ints, got {et.python()}", "type-error")
            items = chainable(code) + ("" if et == INT else ".map(|b| b as i64)")
        elif any(isinstance(a, ast.Starred) for a in node.args):
            raise Unsupported(node, "unsupported arguments for this math function", "type-error")
        else:
            vals = [tr.coerce(tr.unwrap_opt(tr.expr(a)), INT, a).code for a in node.args]
            items = f"vec![{', '.join(vals)}]"
        return Val(f"{items}.into_iter().fold({empty}i64, pyrt::{rust})", INT)

    return emit


def _ints(tr: Translator, node: ast.Call, n: int) -> list[str]:
    if node.keywords or len(node.args) != n:
        raise Unsupported(node, "unsupported arguments for this math function", "type-error")
    out = []
    for arg in node.args:
        val = tr.unwrap_opt(tr.expr(arg))
        if val.t not in (INT, BOOL):
            raise Unsupported(arg, f"expected an int, got {val.t.python()}", "type-error")
        out.append(tr.coerce(val, INT).code)
    return out


def _method(rust: str) -> ModuleFn:
    """A math function that is exactly an `f64` method (same C library call)."""

    def emit(tr: Translator, node: ast.Call) -> Val:
        (x,) = _floats(tr, node, 1, 1)
        return Val(f"f64::{rust}({x})", FLOAT)

    return emit


def _checked(rust: str, ret: PyType = FLOAT, arity: int = 1) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        args = _floats(tr, node, arity, arity)
        return Val(tr.fallible(f"pyrt::{rust}({', '.join(args)})"), ret)

    return emit


def _rounding(rust: str) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        if len(node.args) == 1:
            val = tr.unwrap_opt(tr.expr(node.args[0]))
            if val.t in (INT, BOOL):
                return tr.coerce(val, INT)
            if val.t == FRACTION:
                return fraction_builtin(tr, rust, val, None)  # type: ignore[return-value]
        (x,) = _floats(tr, node, 1, 1)
        return Val(tr.fallible(f"pyrt::math_to_int(f64::{rust}({x}))"), INT)

    return emit


def _int_fn(rust: str, arity: int, fallible: bool) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        code = f"pyrt::{rust}({', '.join(_ints(tr, node, arity))})"
        return Val(tr.fallible(code) if fallible else code, INT)

    return emit


def _log(tr: Translator, node: ast.Call) -> Val:
    args = _floats(tr, node, 1, 2)
    base = f"Some({args[1]})" if len(args) == 2 else "None"
    return Val(tr.fallible(f"pyrt::math_log({args[0]}, {base})"), FLOAT)


def _pow(tr: Translator, node: ast.Call) -> Val:
    a, b = _floats(tr, node, 2, 2)
    return Val(tr.fallible(f"pyrt::pow_float({a}, {b})"), FLOAT)


def _binary(rust: str) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        a, b = _floats(tr, node, 2, 2)
        return Val(f"f64::{rust}({a}, {b})", FLOAT)

    return emit


def _float_items(tr: Translator, node: ast.expr, name: str) -> str:
    """`&[f64]` of an iterable of numbers (a point of `math.dist`)."""
    code, et = tr.iterate(node)
    if et not in (INT, FLOAT, BOOL, NUM):
        raise Unsupported(node, f"{name} needs numbers, got {et.python()}", "type-error")
    item = tr.coerce(Val("x", et), FLOAT).code
    return f"&{chainable(code)}.into_iter().map(|x| {item}).collect::<Vec<f64>>()"


def _hypot(tr: Translator, node: ast.Call) -> Val:
    """`math.hypot(*coordinates)`: CPython's correctly rounded norm."""
    if node.keywords:
        raise Unsupported(node, "math.hypot() takes no keyword arguments", "type-error")
    if len(node.args) == 1 and isinstance(node.args[0], ast.Starred):
        return Val(f"pyrt::math_hypot_n({_float_items(tr, node.args[0].value, 'hypot')})", FLOAT)
    coords = ", ".join(tr.coerce(tr.unwrap_opt(tr.expr(a)), FLOAT, a).code for a in node.args)
    return Val(f"pyrt::math_hypot_n(&[{coords}])", FLOAT)


def _dist(tr: Translator, node: ast.Call) -> Val:
    if len(node.args) != 2 or node.keywords:
        raise Unsupported(node, "math.dist(p, q) takes two points", "type-error")
    p, q = (_float_items(tr, a, "math.dist") for a in node.args)
    return Val(tr.fallible(f"pyrt::math_dist({p}, {q})"), FLOAT)


def _modf(tr: Translator, node: ast.Call) -> Val:
    (x,) = _floats(tr, node, 1, 1)
    return Val(f"pyrt::math_modf({x})", TupleT((FLOAT, FLOAT)))


def _isclose(tr: Translator, node: ast.Call) -> Val:
    kw = {k.arg: k.value for k in node.keywords}
    if set(kw) - {"rel_tol", "abs_tol"} or len(node.args) != 2:
        raise Unsupported(node, "math.isclose(a, b, rel_tol=, abs_tol=) only", "type-error")
    a, b = (tr.coerce(tr.expr(x), FLOAT).code for x in node.args)
    rel = tr.coerce(tr.expr(kw["rel_tol"]), FLOAT).code if "rel_tol" in kw else "1e-9"
    abs_ = tr.coerce(tr.expr(kw["abs_tol"]), FLOAT).code if "abs_tol" in kw else "0.0"
    return Val(tr.fallible(f"pyrt::math_isclose({a}, {b}, {rel}, {abs_})"), BOOL)


def _predicate(rust: str) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        (x,) = _floats(tr, node, 1, 1)
        return Val(f"f64::{rust}({x})", BOOL)

    return emit


def _fabs(tr: Translator, node: ast.Call) -> Val:
    (x,) = _floats(tr, node, 1, 1)
    return Val(f"f64::abs({x})", FLOAT)


def _degrees(factor: str) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        (x,) = _floats(tr, node, 1, 1)
        return Val(f"{x} {factor}", FLOAT, 80)

    return emit


def _partial_fn(rust: str, domain: str) -> ModuleFn:
    """A math function defined on part of the line (``domain`` tests `x`): ValueError outside."""

    def emit(tr: Translator, node: ast.Call) -> Val:
        (x,) = _floats(tr, node, 1, 1)
        tmp = tr.fresh("x")
        code = f"pyrt::math_domain({tmp}, {domain.replace('x', tmp)}, f64::{rust})"
        return Val(f"{{ let {tmp} = {x}; {tr.fallible(code)} }}", FLOAT, LOWEST)

    return emit


def _fsum(tr: Translator, node: ast.Call) -> Val:
    if len(node.args) != 1 or node.keywords:
        raise Unsupported(node, "math.fsum() takes one iterable", "type-error")
    code, et = tr.iterate(node.args[0])
    if et not in (INT, FLOAT, BOOL):
        raise Unsupported(node, f"math.fsum() of {et.python()}", "type-error")
    item = tr.coerce(Val("x", et), FLOAT).code
    code = f"pyrt::math_fsum({chainable(code)}.into_iter().map(|x| {item}))"
    return Val(tr.fallible(code), FLOAT)


def _prod(tr: Translator, node: ast.Call) -> Val:
    if len(node.args) != 1 or node.keywords:
        raise Unsupported(node, "math.prod(iterable) only", "type-error")
    code, et = tr.iterate(node.args[0])
    if et == FLOAT:
        return Val(f"{chainable(code)}.into_iter().fold(1.0f64, |a, b| a * b)", FLOAT, LOWEST)
    if et == NUM:  # ints and floats: the product is a float once a float joins in
        fold = f"{chainable(code)}.into_iter().fold(pyrt::Num::Int(1), |a, b| a * b)"
        return Val(fold, NUM, LOWEST)
    if et not in (INT, BOOL):
        raise Unsupported(node, f"math.prod() of {et.python()}", "type-error")
    item = tr.coerce(Val("x", et), INT).code
    fold = f"pyrt::try_product({chainable(code)}.into_iter().map(|x| {item}))"
    return Val(tr.fallible(fold), INT)


def _noop(tr: Translator, node: ast.Call) -> Val:
    for arg in node.args:
        tr.expr(arg)
    return Val("()", NONE)


def _exit(tr: Translator, node: ast.Call) -> Val:
    from portalis_ray.translate.rules.calls import BUILTINS

    return BUILTINS["exit"](tr, node, None)


MODULE_FUNCTIONS: dict[tuple[str, str], ModuleFn] = {
    ("sys", "exit"): _exit,
    ("math", "sqrt"): _checked("math_sqrt"),
    ("math", "exp"): _method("exp"),
    ("math", "sin"): _method("sin"),
    ("math", "cos"): _method("cos"),
    ("math", "tan"): _method("tan"),
    ("math", "atan"): _method("atan"),
    ("math", "sinh"): _method("sinh"),
    ("math", "cosh"): _method("cosh"),
    ("math", "tanh"): _method("tanh"),
    ("math", "fabs"): _fabs,
    ("math", "log"): _log,
    ("math", "log2"): _checked("math_log2"),
    ("math", "log10"): _checked("math_log10"),
    ("math", "pow"): _pow,
    ("math", "atan2"): _binary("atan2"),
    ("math", "hypot"): _hypot,
    ("math", "dist"): _dist,
    ("math", "modf"): _modf,
    ("math", "copysign"): _binary("copysign"),
    ("math", "floor"): _rounding("floor"),
    ("math", "ceil"): _rounding("ceil"),
    ("math", "trunc"): _rounding("trunc"),
    ("math", "gcd"): _int_fold(
        "math_gcd", 0, _big_method("gcd", False, _int_fn("math_gcd", 2, False))
    ),
    ("math", "lcm"): _int_fold("math_lcm", 1, _int_fn("math_lcm", 2, False)),
    ("math", "factorial"): _big_fn("int_factorial", 1),
    ("math", "comb"): _big_fn("int_comb", 2),
    ("math", "perm"): _big_fn("int_perm", 2),
    ("math", "isqrt"): _big_method("isqrt", True, _int_fn("math_isqrt", 1, True)),
    ("math", "isclose"): _isclose,
    ("math", "isnan"): _predicate("is_nan"),
    ("math", "isinf"): _predicate("is_infinite"),
    ("math", "isfinite"): _predicate("is_finite"),
    ("math", "degrees"): _degrees("* (180.0 / std::f64::consts::PI)"),
    ("math", "asin"): _partial_fn("asin", "x.abs() <= 1.0"),
    ("math", "acos"): _partial_fn("acos", "x.abs() <= 1.0"),
    ("math", "acosh"): _partial_fn("acosh", "x >= 1.0"),
    ("math", "atanh"): _partial_fn("atanh", "x.abs() < 1.0"),
    ("math", "log1p"): _partial_fn("ln_1p", "x > -1.0"),
    ("math", "asinh"): _method("asinh"),
    ("math", "expm1"): _method("exp_m1"),
    ("math", "exp2"): _method("exp2"),
    ("math", "fsum"): _fsum,
    ("math", "fmod"): _checked("math_fmod", FLOAT, 2),
    ("math", "prod"): _prod,
    ("sys", "setrecursionlimit"): _noop,
    ("math", "radians"): _degrees("* (std::f64::consts::PI / 180.0)"),
}

MODULE_FUNCTIONS.update(STDLIB_FUNCTIONS)
MODULE_FUNCTIONS.update(STATS_FUNCTIONS)
MODULE_FUNCTIONS.update(DATACLASS_FUNCTIONS)
MODULE_FUNCTIONS.update(FRACTION_FUNCTIONS)
MODULE_FUNCTIONS.update(DATETIME_FUNCTIONS)
MODULE_FUNCTIONS.update(HASH_FUNCTIONS)
MODULE_FUNCTIONS.update(ITERLIB_FUNCTIONS)
MODULE_FUNCTIONS.update(RE_FUNCTIONS)
MODULE_CONSTANTS.update(RE_CONSTANTS)
MODULE_FUNCTIONS.update(CONSTRUCTORS)

KNOWN_MODULES = frozenset(module for module, _ in [*MODULE_FUNCTIONS, *MODULE_CONSTANTS]) | {
    "typing",
    "abc",
    "dataclasses",
    "enum",
}

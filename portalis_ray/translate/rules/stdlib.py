"""`random`, `heapq` and `bisect`: module functions backed by pyrt's runtime modules.

`random` reproduces CPython's Mersenne Twister exactly for integer and string
seeds; `heapq` keeps CPython's heap layout (programs print heaps); `bisect`
works on any list of ordered values.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.exprs import chainable
from portalis_ray.translate.rules.types import (
    BIG,
    BOOL,
    FLOAT,
    INT,
    NONE,
    NUM,
    OBJ,
    STR,
    UNKNOWN,
    DequeT,
    DictT,
    ListT,
    OpaqueT,
    OptT,
    PyType,
    SeqT,
    SetT,
    TupleT,
    Unknown,
)
from portalis_ray.translate.rules.values import UNARY, Unsupported, Val

if TYPE_CHECKING:
    from portalis_ray.translate.rules.modules import ModuleFn
    from portalis_ray.translate.rules.translator import Translator


def _plain_args(tr: Translator, node: ast.Call, lo: int, hi: int, name: str) -> list[ast.expr]:
    if node.keywords or not lo <= len(node.args) <= hi:
        raise Unsupported(node, f"{name}() with these arguments is not supported yet", "type-error")
    return node.args


def _typed(tr: Translator, node: ast.expr, t: PyType) -> str:
    return tr.coerce(tr.unwrap_opt(tr.expr(node, t)), t, node).code


def _list_arg(tr: Translator, node: ast.expr, name: str, mutated: bool = False) -> Val:
    """A list argument; another iterable (a str, a range...) is copied into one unless the
    function changes the list in place."""
    val = tr.unwrap_opt(tr.expr(node))
    if isinstance(val.t, (ListT, Unknown)):
        return val
    if not mutated:
        try:
            code, et = tr.iterate_val(val, node)
        except Unsupported:
            code = None
        if code is not None:
            return Val(f"{chainable(code)}.into_iter().collect::<List<_>>()", ListT(et))
    raise Unsupported(node, f"{name}() needs a list, got {val.t.python()}", "type-error")


# ---------------------------------------------------------------------- random
def _seeded(tr: Translator, node: ast.Call, name: str, make: tuple[str, str, str]) -> str:
    """The call seeding a generator from the one argument of `random.seed(...)` or
    `random.Random(...)`: ``make`` is (from the clock, from a str, from an int)."""
    args = _plain_args(tr, node, 0, 1, name)
    if not args or (isinstance(args[0], ast.Constant) and args[0].value is None):
        return f"{make[0]}()"
    val = tr.unwrap_opt(tr.expr(args[0]))
    if val.t == STR:
        return f"{make[1]}({val.borrow()})"
    if val.t not in (INT, BOOL):
        raise Unsupported(args[0], f"{name}() takes an int or a str here", "type-error")
    return f"{make[2]}({tr.coerce(val, INT, args[0]).code})"


def _seed(tr: Translator, node: ast.Call) -> Val:
    make = ("pyrt::random_seed_from_time", "pyrt::random_seed_str", "pyrt::random_seed")
    return Val(_seeded(tr, node, "random.seed", make), NONE)


def _float_fn(rust: str, arity: int, fallible: bool = False) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        args = _plain_args(tr, node, arity, arity, rust)
        code = f"pyrt::{rust}({', '.join(_typed(tr, a, FLOAT) for a in args)})"
        return Val(tr.fallible(code) if fallible else code, FLOAT)

    return emit


def _big_args(tr: Translator, args: list[ast.expr]) -> list[Val] | None:
    """The arguments as big ints when any of them is one, else None."""
    vals = [tr.unwrap_opt(tr.expr(a)) for a in args]
    if BIG not in (v.t for v in vals):
        return None
    return [tr.to_big(v) for v in vals]


def _randint(tr: Translator, node: ast.Call) -> Val:
    a, b = _plain_args(tr, node, 2, 2, "randint")
    big = _big_args(tr, [a, b])
    if big is not None:
        call = f"pyrt::random_randint_big({big[0].borrow()}, {big[1].borrow()})"
        return Val(tr.fallible(call), BIG)
    return Val(
        tr.fallible(f"pyrt::random_randint({_typed(tr, a, INT)}, {_typed(tr, b, INT)})"), INT
    )


def _getrandbits(tr: Translator, node: ast.Call) -> Val:
    (k,) = _plain_args(tr, node, 1, 1, "getrandbits")
    bits = _typed(tr, k, INT)
    if isinstance(k, ast.Constant) and isinstance(k.value, int) and 0 <= k.value <= 63:
        return Val(tr.fallible(f"pyrt::random_getrandbits({bits})"), INT)
    return Val(tr.fallible(f"pyrt::random_getrandbits_big({bits})"), BIG)


def _randrange(tr: Translator, node: ast.Call) -> Val:
    args = _plain_args(tr, node, 1, 3, "randrange")
    big = _big_args(tr, args)
    if big is not None:
        stop = f"Some({big[1].borrow()})" if len(big) > 1 else "None"
        step = big[2].borrow() if len(big) == 3 else "&pyrt::Int::from_i64(1)"
        call = f"pyrt::random_randrange_big({big[0].borrow()}, {stop}, {step})"
        return Val(tr.fallible(call), BIG)
    ints = [_typed(tr, a, INT) for a in args]
    if len(ints) == 1:
        return Val(tr.fallible(f"pyrt::random_randrange_stop({ints[0]})"), INT)
    step = ints[2] if len(ints) == 3 else "1"
    return Val(tr.fallible(f"pyrt::random_randrange({ints[0]}, {ints[1]}, {step})"), INT)


def _choice(tr: Translator, node: ast.Call) -> Val:
    (arg,) = _plain_args(tr, node, 1, 1, "choice")
    val = tr.unwrap_opt(tr.expr(arg))
    if val.t == STR:
        return Val(tr.fallible(f"pyrt::random_choice_str({val.borrow()})"), STR)
    seq = _list_arg(tr, arg, "choice")
    elem = seq.t.elem if isinstance(seq.t, ListT) else UNKNOWN
    return Val(tr.fallible(f"pyrt::random_choice(&{seq.receiver()})"), elem)


def _shuffle(tr: Translator, node: ast.Call) -> Val:
    (arg,) = _plain_args(tr, node, 1, 1, "shuffle")
    seq = _list_arg(tr, arg, "shuffle", mutated=True)
    return Val(f"pyrt::random_shuffle(&{seq.receiver()})", NONE)


def _sample(tr: Translator, node: ast.Call) -> Val:
    pop, k = _plain_args(tr, node, 2, 2, "sample")
    seq = _list_arg(tr, pop, "sample")
    code = f"pyrt::random_sample(&{seq.receiver()}, {_typed(tr, k, INT)})"
    return Val(tr.fallible(code), seq.t)


def _choices(tr: Translator, node: ast.Call) -> Val:
    if not 1 <= len(node.args) <= 2 or any(kw.arg not in ("k", "weights") for kw in node.keywords):
        raise Unsupported(node, "choices(population, weights=..., k=...) only", "type-error")
    seq = _list_arg(tr, node.args[0], "choices")
    kws = {kw.arg: kw.value for kw in node.keywords}
    if len(node.args) == 2:  # choices(population, weights)
        if "weights" in kws:
            raise Unsupported(node, "choices() got weights twice", "type-error")
        kws["weights"] = node.args[1]
    k = _typed(tr, kws["k"], INT) if "k" in kws else "1"
    if "weights" in kws:
        weights = tr.expr(kws["weights"])
        if weights.t != ListT(FLOAT):
            tmp = "w"
            conv = tr.coerce(Val(tmp, getattr(weights.t, "elem", UNKNOWN)), FLOAT).code
            listed = f"{weights.receiver()}.iter().map(|{tmp}| {conv}).collect::<List<f64>>()"
        else:
            listed = weights.receiver()
        code = f"pyrt::random_choices_weighted(&{seq.receiver()}, &{listed}, {k})"
    else:
        code = f"pyrt::random_choices(&{seq.receiver()}, {k})"
    return Val(tr.fallible(code), seq.t)


def _random(tr: Translator, node: ast.Call) -> Val:
    _plain_args(tr, node, 0, 0, "random")
    return Val("pyrt::random_random()", FLOAT)


# ---------------------------------------------------------------------- heapq / bisect
def _heap_fn(rust: str, returns_item: bool, with_item: bool, fallible: bool) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        args = _plain_args(tr, node, 2 if with_item else 1, 2 if with_item else 1, rust)
        heap = _list_arg(tr, args[0], rust)
        elem = heap.t.elem if isinstance(heap.t, ListT) else UNKNOWN
        parts = [f"&{heap.receiver()}"]
        if with_item:
            item = tr.expr(args[1], elem if not isinstance(elem, Unknown) else None)
            tr.refine(args[0], ListT(item.t))
            elem = tr.join_at(elem, item.t, node)
            parts.append(tr.coerce(item, elem, args[1]).code)
        code = f"pyrt::{rust}({', '.join(parts)})"
        if fallible:
            code = tr.fallible(code)
        return Val(code, elem if returns_item else NONE)

    return emit


def _n_best(rust: str) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        kw = {k.arg: k.value for k in node.keywords}
        if set(kw) - {"key"} or len(node.args) != 2:
            raise Unsupported(node, f"{rust}() with these arguments is not supported yet")
        n, arg = node.args
        seq = _list_arg(tr, arg, rust)
        count = _typed(tr, n, INT)
        key_node = kw.get("key")
        if key_node is not None and not (
            isinstance(key_node, ast.Constant) and key_node.value is None
        ):
            if not isinstance(seq.t, ListT):
                raise Unsupported(arg, f"{rust}() of {seq.t.python()}", "type-error")
            key, _ = tr.key_closure(key_node, seq.t.elem)
            return Val(f"pyrt::{rust}_by_key({count}, &{seq.receiver()}, {key})", seq.t)
        return Val(f"pyrt::{rust}({count}, &{seq.receiver()})", seq.t)

    return emit


def _bisect_fn(rust: str, inserts: bool) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        kw = {k.arg: k.value for k in node.keywords}
        if list(kw) == ["key"] and len(node.args) == 2 and not inserts:
            seq = _list_arg(tr, node.args[0], rust)
            elem = seq.t.elem if isinstance(seq.t, ListT) else UNKNOWN
            key, kt = tr.key_closure(kw["key"], elem)
            x = tr.coerce(tr.expr(node.args[1], kt), kt, node.args[1]).code
            return Val(f"pyrt::{rust}_by_key(&{seq.receiver()}, &{x}, {key})", INT)
        seq_node, item_node = _plain_args(tr, node, 2, 2, rust)
        seq = _list_arg(tr, seq_node, rust)
        elem = seq.t.elem if isinstance(seq.t, ListT) else UNKNOWN
        item = tr.expr(item_node, elem if not isinstance(elem, Unknown) else None)
        if inserts:
            tr.refine(seq_node, ListT(item.t))
        if item.t == OBJ and elem in (INT, FLOAT, STR):  # checked: the list's own kind
            item = tr.coerce(item, elem, item_node)
        elem = tr.join_at(elem, item.t, node)
        coerced = tr.coerce(item, elem, item_node)
        value = coerced.code
        if inserts:
            return Val(f"pyrt::{rust}(&{seq.receiver()}, {value})", NONE)
        return Val(f"pyrt::{rust}(&{seq.receiver()}, &{coerced.wrapped(UNARY)})", INT)

    return emit


RNG = OpaqueT("random.Random", "pyrt::Rng")


def _rng(tr: Translator, node: ast.Call) -> Val:
    """`random.Random(seed)`: a generator of its own."""
    make = ("pyrt::Rng::new_unseeded", "pyrt::Rng::new_str", "pyrt::Rng::new")
    return Val(_seeded(tr, node, "random.Random", make), RNG)


def _rng_method(attr: str):
    """`rng.attr(...)`: the module function `random.attr` run on the instance's state."""

    def emit(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
        call = ast.copy_location(
            ast.Call(
                ast.Attribute(ast.Name("random", ast.Load()), attr, ast.Load()),
                node.args,
                node.keywords,
            ),
            node,
        )
        val = STDLIB_FUNCTIONS[("random", attr)](tr, call)
        guard = tr.fresh("rng")
        body = f"let v = {val.code}; drop({guard}); v"
        return Val(f"({{ let {guard} = {recv.receiver()}.activate(); {body} }})", val.t)

    return emit


TEMPLATE = OpaqueT("string.Template", "pyrt::Template")


def _template(tr: Translator, node: ast.Call) -> Val:
    (text,) = _plain_args(tr, node, 1, 1, "string.Template")
    return Val(f"pyrt::Template::new({tr.str_arg(text)})", TEMPLATE)


def _capwords(tr: Translator, node: ast.Call) -> Val:
    args = _plain_args(tr, node, 1, 2, "string.capwords")
    sep = "None"
    if len(args) == 2 and not (isinstance(args[1], ast.Constant) and args[1].value is None):
        sep = f"Some({tr.str_arg(args[1])})"
    return Val(f"pyrt::capwords({tr.str_arg(args[0])}, {sep})", STR)


def _template_method(safe: bool):
    """`t.substitute(mapping, **names)`: every value as its str(), later names win."""

    def emit(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
        if len(node.args) > 1:
            raise Unsupported(node, "substitute() takes at most one mapping", "type-error")
        parts = []
        if node.args:
            code, et = tr.iterate(
                ast.copy_location(
                    ast.Call(ast.Attribute(node.args[0], "items", ast.Load()), [], []), node
                )
            )
            if not isinstance(et, TupleT) or et.items[0] != STR:
                raise Unsupported(node.args[0], "substitute() needs a mapping of str keys")
            value = tr.to_str(Val("v", et.items[1], place="v"))
            parts.append(
                f"{chainable(code)}.into_iter().map(|(k, v)| (k, {value})).collect::<Vec<_>>()"
            )
        for kw in node.keywords:
            if kw.arg is None:
                raise Unsupported(kw, "substitute(**mapping): pass the mapping positionally")
            val = tr.expr(kw.value)
            parts.append(f"vec![({kw.arg!r}.to_string(), {tr.to_str(val)})]".replace("'", '"'))
        names = tr.fresh("names")
        build = f"let mut {names}: Vec<(String, String)> = Vec::new(); " + "".join(
            f"{names}.extend({p}); " for p in parts
        )
        method = "safe_substitute" if safe else "substitute"
        call = f"{{ {build}{recv.receiver()}.{method}(&{names}) }}"
        return Val(call if safe else tr.fallible(call), STR)

    return emit


TEMPLATE_METHODS = {
    "substitute": _template_method(False),
    "safe_substitute": _template_method(True),
}


# ------------------------------------------------------------------------ copy
def _copyable(t: PyType, deep: bool) -> bool:
    """Values `copy.copy`/`copy.deepcopy` can copy the way CPython does: containers,
    tuples and immutable scalars (class instances need their own code: refused)."""
    if t in (INT, FLOAT, BOOL, STR, NONE, BIG, NUM) or isinstance(t, (Unknown, SetT)):
        return True
    if isinstance(t, OpaqueT):
        return t.python() == "fractions.Fraction"
    if isinstance(t, (ListT, DequeT, SeqT)):
        return not deep or _copyable(t.elem, deep)
    if isinstance(t, DictT):
        return not deep or _copyable(t.val, deep)
    if isinstance(t, TupleT):
        return all(_copyable(i, deep) for i in t.items)
    if isinstance(t, OptT):
        return _copyable(t.inner, deep)
    return False


def _copy_fn(deep: bool) -> ModuleFn:
    name = "copy.deepcopy" if deep else "copy.copy"

    def emit(tr: Translator, node: ast.Call) -> Val:
        (arg,) = _plain_args(tr, node, 1, 1, name)
        val = tr.expr(arg)
        if not _copyable(val.t, deep):
            raise Unsupported(node, f"{name}() of a {val.t.python()} is not supported yet")
        if deep:
            return Val(f"pyrt::PyDeepCopy::py_deepcopy({val.borrow()})", val.t)
        if isinstance(val.t, (ListT, DictT, SetT, DequeT)):
            return Val(f"{val.receiver()}.copy()", val.t)
        return Val(f"{val.wrapped(UNARY)}.clone()", val.t)

    return emit


STDLIB_FUNCTIONS: dict[tuple[str, str], ModuleFn] = {
    ("copy", "copy"): _copy_fn(deep=False),
    ("copy", "deepcopy"): _copy_fn(deep=True),
    ("string", "Template"): _template,
    ("string", "capwords"): _capwords,
    ("random", "Random"): _rng,
    ("random", "getrandbits"): _getrandbits,
    ("random", "seed"): _seed,
    ("random", "random"): _random,
    ("random", "uniform"): _float_fn("random_uniform", 2),
    ("random", "gauss"): _float_fn("random_gauss", 2),
    ("random", "normalvariate"): _float_fn("random_normalvariate", 2),
    ("random", "expovariate"): _float_fn("random_expovariate", 1, fallible=True),
    ("random", "randint"): _randint,
    ("random", "randrange"): _randrange,
    ("random", "choice"): _choice,
    ("random", "shuffle"): _shuffle,
    ("random", "sample"): _sample,
    ("random", "choices"): _choices,
    ("heapq", "heappush"): _heap_fn("heappush", False, True, False),
    ("heapq", "heappop"): _heap_fn("heappop", True, False, True),
    ("heapq", "heapify"): _heap_fn("heapify", False, False, False),
    ("heapq", "heappushpop"): _heap_fn("heappushpop", True, True, False),
    ("heapq", "heapreplace"): _heap_fn("heapreplace", True, True, True),
    ("heapq", "nlargest"): _n_best("nlargest"),
    ("heapq", "nsmallest"): _n_best("nsmallest"),
    ("bisect", "bisect_left"): _bisect_fn("bisect_left", False),
    ("bisect", "bisect_right"): _bisect_fn("bisect_right", False),
    ("bisect", "bisect"): _bisect_fn("bisect_right", False),
    ("bisect", "insort"): _bisect_fn("insort_right", True),
    ("bisect", "insort_left"): _bisect_fn("insort_left", True),
    ("bisect", "insort_right"): _bisect_fn("insort_right", True),
}

RNG_METHODS = {
    attr: _rng_method(attr)
    for module, attr in STDLIB_FUNCTIONS
    if module == "random" and attr != "Random"
}

"""`itertools` and `functools`: lazy iterators where Python's are infinite or shared
(`count`, `cycle`, `repeat`, `islice` of a generator), pyrt's eager algorithms elsewhere.

Combinatoric results with a length known when translating (`permutations(xs, 2)`,
`product(a, b)`) are Rust tuples, so they unpack and print as Python's do; the others are
`Tuple<T>` (`tuple[T, ...]`).
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
    NUM,
    OBJ,
    UNKNOWN,
    CallableT,
    IteratorT,
    IterT,
    ListT,
    OptT,
    PyType,
    SeqT,
    TupleT,
    Unknown,
)
from portalis_ray.translate.rules.values import LOWEST, Unsupported, Val

if TYPE_CHECKING:
    from portalis_ray.translate.rules.modules import ModuleFn
    from portalis_ray.translate.rules.translator import Translator


def _kwargs(node: ast.Call, allowed: set[str], name: str) -> dict[str, ast.expr]:
    kw = {k.arg: k.value for k in node.keywords}
    if None in kw or set(kw) - allowed:  # type: ignore[operator]
        raise Unsupported(node, f"{name}() with these keyword arguments is not supported yet")
    return kw  # type: ignore[return-value]


def _positional(node: ast.Call, lo: int, hi: int, name: str) -> list[ast.expr]:
    if any(isinstance(a, ast.Starred) for a in node.args) or not lo <= len(node.args) <= hi:
        raise Unsupported(node, f"{name}() with these arguments is not supported yet", "type-error")
    return node.args


def iter_of(tr: Translator, node: ast.expr) -> tuple[str, PyType]:
    """A Rust iterator of owned items over any iterable, and the item type."""
    val = tr.unwrap_opt(tr.expr(node))
    if isinstance(val.t, IteratorT):  # a shared iterator: advancing it advances the holder
        return f"{val.receiver()}.clone()", val.t.elem
    code, et = tr.iterate_val(val, node)
    code, et = tr.unwrap_items(code, et)
    return f"{chainable(code)}.into_iter()", et


def list_of(tr: Translator, node: ast.expr) -> tuple[str, PyType]:
    """`&List<T>` over any iterable (the list itself when it is one), and the item type."""
    val = tr.unwrap_opt(tr.expr(node))
    if isinstance(val.t, ListT):
        return f"&{val.receiver()}", val.t.elem
    code, et = iter_of(tr, node) if isinstance(val.t, IteratorT) else tr.iterate_val(val, node)
    return f"&List::from_vec({chainable(code)}.into_iter().collect::<Vec<_>>())", et


def _int(tr: Translator, node: ast.expr) -> str:
    return tr.coerce(tr.unwrap_opt(tr.expr(node, INT)), INT, node).code


def _literal_int(node: ast.expr | None) -> int | None:
    if isinstance(node, ast.Constant) and type(node.value) is int and node.value >= 0:
        return node.value
    return None


def _as_tuples(code: str, et: PyType, n: int | None) -> tuple[str, PyType]:
    """Items of `Tuple<T>` as Rust tuples of ``n`` when ``n`` is known."""
    if n is None:
        return f"{chainable(code)}.iter()", SeqT(et)
    parts = ", ".join(f"t.0[{i}].clone()" for i in range(n))
    tail = "," if n == 1 else ""
    return f"{chainable(code)}.iter().map(|t| ({parts}{tail}))", TupleT((et,) * n)


def make_lambda(names: list[str], body: ast.expr, where: ast.AST) -> ast.Lambda:
    """`lambda names: body`, located at ``where``."""
    args = ast.arguments(
        posonlyargs=[],
        args=[ast.arg(arg=n) for n in names],
        vararg=None,
        kwonlyargs=[],
        kw_defaults=[],
        kwarg=None,
        defaults=[],
    )
    fn = ast.copy_location(ast.Lambda(args=args, body=body), where)
    ast.fix_missing_locations(fn)
    return fn


def _load(name: str) -> ast.Name:
    return ast.Name(id=name, ctx=ast.Load())


def callable_of(tr: Translator, node: ast.expr, params: tuple[PyType, ...]) -> Val:
    """A function value (lambda, def, builtin...) called with ``params``."""
    if isinstance(node, ast.Name) and tr.name_kind(node.id) == "builtin":
        names = [f"__a{i}" for i in range(len(params))]
        call = ast.Call(func=node, args=[_load(n) for n in names], keywords=[])
        node = make_lambda(names, call, node)
    fn = tr.expr(node, CallableT(params, UNKNOWN))
    if not isinstance(fn.t, (CallableT, Unknown)):
        raise Unsupported(node, f"'{fn.t.python()}' object is not callable", "type-error")
    return fn


# ---------------------------------------------------------------------- itertools
def _count(tr: Translator, node: ast.Call) -> Val:
    kw = _kwargs(node, {"start", "step"}, "count")
    args = _positional(node, 0, 2, "count")
    start_node = args[0] if args else kw.get("start")
    step_node = args[1] if len(args) > 1 else kw.get("step")
    start = tr.unwrap_opt(tr.expr(start_node)) if start_node else Val("0", INT)
    step = tr.unwrap_opt(tr.expr(step_node)) if step_node else Val("1", INT)
    kinds = {start.t, step.t} - {BOOL}
    t = FLOAT if kinds == {FLOAT} else NUM if FLOAT in kinds else INT  # count(1, 0.5): 1, 1.5
    a, s = tr.coerce(start, t, node).code, tr.coerce(step, t, node).code
    c = tr.fresh("c")
    return Val(
        f"{{ let mut {c} = {a}; let {c}s = {s}; pyrt::PyIter::new(std::iter::from_fn(move || "
        f"{{ let v = {c}; {c} += {c}s; Some(v) }})) }}",
        IteratorT(t),
        LOWEST,
    )


def _cycle(tr: Translator, node: ast.Call) -> Val:
    (arg,) = _positional(node, 1, 1, "cycle")
    code, et = iter_of(tr, arg)
    return Val(f"pyrt::PyIter::new({code}.collect::<Vec<_>>().into_iter().cycle())", IteratorT(et))


def _repeat(tr: Translator, node: ast.Call) -> Val:
    kw = _kwargs(node, {"times"}, "repeat")
    args = _positional(node, 1, 2, "repeat")
    item = tr.unwrap_opt(tr.expr(args[0]))
    times = args[1] if len(args) > 1 else kw.get("times")
    if times is None:
        return Val(f"pyrt::PyIter::new(std::iter::repeat({item.code}))", IteratorT(item.t))
    n = _int(tr, times)
    return Val(f"std::iter::repeat({item.code}).take(({n}).max(0) as usize)", IterT(item.t))


def _islice(tr: Translator, node: ast.Call) -> Val:
    args = _positional(node, 2, 4, "islice")
    code, et = iter_of(tr, args[0])
    bounds = [None if _is_none(a) else _int(tr, a) for a in args[1:]]
    if len(bounds) == 1:
        bounds = [None, bounds[0]]
    start, stop = bounds[0], bounds[1]
    step = bounds[2] if len(bounds) > 2 else None
    out = code
    if start is not None:
        out += f".skip(({start}).max(0) as usize)"
    if stop is not None:
        lo = start if start is not None else "0"
        out += f".take((({stop}) - ({lo})).max(0) as usize)"
    if step is not None:
        out += f".step_by({tr.fallible(f'pyrt::islice_step({step})')})"
    return Val(out, IterT(et))


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _star_only(node: ast.Call) -> ast.expr | None:
    """``xs`` of `f(*xs)`, the one argument."""
    if len(node.args) == 1 and isinstance(node.args[0], ast.Starred) and not node.keywords:
        return node.args[0].value
    return None


def _chain(tr: Translator, node: ast.Call) -> Val:
    _kwargs(node, set(), "chain")
    star = _star_only(node)
    if star is not None:  # chain(*xs) is chain.from_iterable(xs)
        return _from_iterable(tr, ast.copy_location(ast.Call(node.func, [star], []), node))
    parts = [iter_of(tr, a) for a in _positional(node, 1, 32, "chain")]
    t: PyType = UNKNOWN
    for (_code, et), a in zip(parts, node.args):
        t = tr.join_at(t, et, a)
    codes = []
    for (code, et), a in zip(parts, node.args):
        if et != t:
            conv = tr.coerce(Val("x", et), t, a).code
            code = f"{code}.map(|x| {conv})"
        codes.append(code)
    out = codes[0] + "".join(f".chain({c})" for c in codes[1:])
    return Val(out, IterT(t))


def _from_iterable(tr: Translator, node: ast.Call) -> Val:
    (arg,) = _positional(node, 1, 1, "chain.from_iterable")
    code, outer = iter_of(tr, arg)
    inner, et = tr.iterate_val(Val("x", outer), arg)
    return Val(
        f"{code}.flat_map(|x| {chainable(inner)}.into_iter().collect::<Vec<_>>())", IterT(et)
    )


def _product(tr: Translator, node: ast.Call) -> Val:
    kw = _kwargs(node, {"repeat"}, "product")
    star = _star_only(node)
    if star is not None:  # product(*pools): as many pools as `star` holds at run time
        code, outer = iter_of(tr, star)
        inner, et = tr.iterate_val(Val("x", outer), star)
        pools_code = f"{code}.map(|x| List::from_vec({chainable(inner)}.into_iter().collect()))"
        lists = f"&List::from_vec({pools_code}.collect::<Vec<_>>())"
        code, t = _as_tuples(f"pyrt::product_n({lists})", et, None)
        return Val(code, IterT(t))
    pools = [list_of(tr, a) for a in _positional(node, 1, 16, "product")]
    repeat = kw.get("repeat")
    if repeat is not None:
        k = _literal_int(repeat)
        if len(pools) != 1:
            raise Unsupported(node, "product(..., repeat=) of several iterables is not supported")
        code, et = pools[0]
        if k is None:
            call = tr.fallible(f"pyrt::product_repeat({code}, {_int(tr, repeat)})")
            return Val(f"{call}.iter()", IterT(SeqT(et)))
        pools = pools * k
    if len(pools) == 2:
        (a, ea), (b, eb) = pools
        return Val(f"pyrt::product({a}, {b}).iter()", IterT(TupleT((ea, eb))))
    types = {et for _, et in pools}
    if len(types) != 1:
        raise Unsupported(node, "product() of more than two iterables of different types")
    (et,) = types
    lists = ", ".join(f"({code}).clone()" for code, _ in pools)
    code, t = _as_tuples(f"pyrt::product_n(&List::from_vec(vec![{lists}]))", et, len(pools))
    return Val(code, IterT(t))


def _choose(rust: str, optional_r: bool) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        kw = _kwargs(node, {"r"}, rust)
        args = _positional(node, 1 if optional_r or "r" in kw else 2, 2, rust)
        code, et = list_of(tr, args[0])
        r_node = args[1] if len(args) > 1 else kw.get("r")
        n = _literal_int(r_node)
        if r_node is None:
            r, n = "None", None
        else:
            r = _int(tr, r_node)
            r = f"Some({r})" if optional_r else r
        call = tr.fallible(f"pyrt::{rust}({code}, {r})")
        items, t = _as_tuples(call, et, n)
        return Val(items, IterT(t))

    return emit


def _accumulate(tr: Translator, node: ast.Call) -> Val:
    kw = _kwargs(node, {"func", "initial"}, "accumulate")
    args = _positional(node, 1, 2, "accumulate")
    code, et = list_of(tr, args[0])
    func = args[1] if len(args) > 1 else kw.get("func")
    initial = kw.get("initial")
    if func is None and initial is None and et in (NUM, BIG, OBJ):  # Python's `+` of the kind
        func = make_lambda(["a", "b"], ast.BinOp(_load("a"), ast.Add(), _load("b")), node)
    if func is None and initial is None:
        if et not in (INT, FLOAT) and et.rust() != "String":
            raise Unsupported(node, f"accumulate() of {et.python()} needs func=", "type-error")
        return Val(f"pyrt::accumulate_add({code}).iter()", IterT(et))
    if func is None:
        func = make_lambda(["a", "b"], ast.BinOp(_load("a"), ast.Add(), _load("b")), node)
    fn = callable_of(tr, func, (et, et))
    init = "None"
    if initial is not None and not _is_none(initial):
        init = f"Some({tr.coerce(tr.expr(initial, et), et, initial).code})"
    f = tr.fresh("f")
    return Val(
        f"{{ let {f} = {fn.code}; pyrt::accumulate_fn({code}, move |a, b| "
        f"pyrt::check({f}.call((a, b))), {init}) }}.iter()",
        IterT(et),
        LOWEST,
    )


def _groupby(tr: Translator, node: ast.Call) -> Val:
    kw = _kwargs(node, {"key"}, "groupby")
    args = _positional(node, 1, 2, "groupby")
    code, et = list_of(tr, args[0])
    key_node = args[1] if len(args) > 1 else kw.get("key")
    if key_node is None or _is_none(key_node):
        return Val(f"pyrt::groupby_same({code}).iter()", IterT(TupleT((et, ListT(et)))))
    key, kt = tr.key_closure(key_node, et)
    return Val(f"pyrt::groupby({code}, {key}).iter()", IterT(TupleT((kt, ListT(et)))))


def _zip_longest(tr: Translator, node: ast.Call) -> Val:
    kw = _kwargs(node, {"fillvalue"}, "zip_longest")
    (a, ea), (b, eb) = (list_of(tr, x) for x in _positional(node, 2, 2, "zip_longest"))
    fill = kw.get("fillvalue")
    if fill is None or _is_none(fill):
        opt = "&List::from_vec(({}).iter().map(Some).collect::<Vec<_>>())"
        return Val(
            f"pyrt::zip_longest2({opt.format(a)}, {opt.format(b)}, None, None).iter()",
            IterT(TupleT((OptT(ea), OptT(eb)))),
        )
    fv = tr.unwrap_opt(tr.expr(fill))
    ta, tb = tr.join_at(ea, fv.t, fill), tr.join_at(eb, fv.t, fill)

    def widened(items: str, src: PyType, dst: PyType) -> str:
        """The list with its items as the fill value's kind too (`"-"` among ints)."""
        if src == dst:
            return items
        item = tr.coerce(Val("x", src), dst, fill).code
        return f"&List::from_vec(({items}).iter().map(|x| {item}).collect::<Vec<_>>())"

    a, b = widened(a, ea, ta), widened(b, eb, tb)
    f = tr.fresh("fill")  # evaluated once
    fa = tr.coerce(Val(f"{f}.clone()", fv.t), ta, fill).code
    fb = tr.coerce(Val(f"{f}.clone()", fv.t), tb, fill).code
    call = f"pyrt::zip_longest2({a}, {b}, {fa}, {fb})"
    return Val(f"{{ let {f} = {fv.code}; {call} }}.iter()", IterT(TupleT((ta, tb))), LOWEST)


def _pairwise(tr: Translator, node: ast.Call) -> Val:
    (arg,) = _positional(node, 1, 1, "pairwise")
    code, et = iter_of(tr, arg)  # lazy: the source may be infinite
    it, prev = tr.fresh("it"), tr.fresh("prev")
    return Val(
        f"{{ let mut {it} = {code}; let mut {prev} = {it}.next(); std::iter::from_fn(move || "
        f"{{ let cur = {it}.next()?; let p = {prev}.replace(cur.clone())?; Some((p, cur)) }}) }}",
        IterT(TupleT((et, et))),
        LOWEST,
    )


_LAZY_PREDICATES = {"takewhile": "take_while", "dropwhile": "skip_while", "filterfalse": "filter"}


def _predicate_fn(rust: str) -> ModuleFn:
    """takewhile/dropwhile/filterfalse, lazily (they are often used on infinite iterators)."""

    def emit(tr: Translator, node: ast.Call) -> Val:
        pred, data = _positional(node, 2, 2, rust)
        code, et = iter_of(tr, data)
        key, rt = tr.key_closure(pred, et)
        f = tr.fresh("f")
        test = tr.truthy(Val(f"{f}(x)", rt)).code
        if rust == "filterfalse":
            test = f"!({test})"
        return Val(
            f"{{ let {f} = {key}; {code}.{_LAZY_PREDICATES[rust]}(move |x| {test}) }}",
            IterT(et),
            LOWEST,
        )

    return emit


def _compress(tr: Translator, node: ast.Call) -> Val:
    data, selectors = _positional(node, 2, 2, "compress")
    code, et = list_of(tr, data)
    sel, _ = list_of(tr, selectors)
    return Val(f"pyrt::compress({code}, {sel}).iter()", IterT(et))


def _starmap(tr: Translator, node: ast.Call) -> Val:
    fn_node, data = _positional(node, 2, 2, "starmap")
    code, et = iter_of(tr, data)
    if not isinstance(et, TupleT):
        raise Unsupported(node, "starmap() needs an iterable of tuples", "type-error")
    return call_on_rows(tr, fn_node, code, et)


def call_on_rows(tr: Translator, fn_node: ast.expr, rows: str, row_t: TupleT) -> Val:
    """`f(*row)` for each tuple of the iterator ``rows`` (starmap; map over several)."""
    fn = callable_of(tr, fn_node, row_t.items)
    ret = fn.t.ret if isinstance(fn.t, CallableT) else UNKNOWN
    f = tr.fresh("f")
    return Val(
        f"{{ let {f} = {fn.code}; {chainable(rows)}.map(move |t| pyrt::check({f}.call(t))) }}",
        IterT(ret),
        LOWEST,
    )


# ---------------------------------------------------------------------- functools
def _reduce(tr: Translator, node: ast.Call) -> Val:
    args = _positional(node, 2, 3, "reduce")
    code, et = list_of(tr, args[1])
    f = tr.fresh("f")
    if len(args) == 2:
        fn = callable_of(tr, args[0], (et, et))
        _check_ret(tr, fn, et, node)
        call = f"pyrt::try_reduce({code}, |a, b| {f}.call((a, b)))"
        return Val(f"{{ let {f} = {fn.code}; {tr.fallible(call)} }}", et, LOWEST)
    init = tr.unwrap_opt(tr.expr(args[2]))
    acc = init.t
    fn = callable_of(tr, args[0], (acc, et))
    if isinstance(fn.t, CallableT) and fn.t.ret != acc:
        acc = tr.join_at(acc, fn.t.ret, node)
        fn = callable_of(tr, args[0], (acc, et))
    _check_ret(tr, fn, acc, node)
    start = tr.coerce(init, acc, args[2]).code
    call = f"pyrt::try_reduce_init({code}, |a, b| {f}.call((a, b)), {start})"
    return Val(f"{{ let {f} = {fn.code}; {tr.fallible(call)} }}", acc, LOWEST)


def _check_ret(tr: Translator, fn: Val, want: PyType, node: ast.AST) -> None:
    if isinstance(fn.t, CallableT) and not isinstance(fn.t.ret, Unknown) and fn.t.ret != want:
        raise Unsupported(
            node,
            f"reduce() function returns {fn.t.ret.python()}, expected {want.python()}",
            "type-error",
        )


def cmp_closure(tr: Translator, key: ast.expr, elem: PyType) -> str | None:
    """For `key=cmp_to_key(f)`: a `|a: &T, b: &T| -> i64` comparison closure."""
    if not (
        isinstance(key, ast.Call)
        and tr.names_module_fn(key.func, "functools", "cmp_to_key")
        and len(key.args) == 1
        and not key.keywords
    ):
        return None
    fn = callable_of(tr, key.args[0], (elem, elem))
    if isinstance(fn.t, CallableT) and fn.t.ret not in (INT, UNKNOWN):
        raise Unsupported(key, "cmp_to_key() needs a function returning an int", "type-error")
    f = tr.fresh("cmp")
    return (
        f"{{ let {f} = {fn.code}; move |a: &{elem.rust()}, b: &{elem.rust()}| "
        f"pyrt::check({f}.call((a.clone(), b.clone()))) }}"
    )


def _cmp_to_key(tr: Translator, node: ast.Call) -> Val:
    raise Unsupported(node, "cmp_to_key() is supported as the key= of sorted() and list.sort()")


PARTIAL_ATTR = "portalis_partial"


def _partial(tr: Translator, node: ast.Call) -> Val:
    """`partial(f, *bound, **kw)` of a module function: `lambda *rest: f(*bound, *rest, **kw)`."""
    if not node.args or any(isinstance(a, ast.Starred) for a in node.args):
        raise Unsupported(node, "partial() needs a function and plain arguments", "type-error")
    target, *bound = node.args
    cached = getattr(node, PARTIAL_ATTR, None)  # the same lambda on every inference round
    if cached is None:
        if not isinstance(target, ast.Name) or tr.name_kind(target.id) != "function":
            raise Unsupported(node, "partial() of a module-level def only, for now")
        info = tr.functions[target.id]
        fixed = {k.arg for k in node.keywords}
        for arg in [*bound, *(k.value for k in node.keywords)]:
            if any(isinstance(n, (ast.Call, ast.Lambda, ast.NamedExpr)) for n in ast.walk(arg)):
                raise Unsupported(arg, "partial() arguments must be names or constants here")
        required = len(info.params) - len(info.node.args.defaults) if info.node else 0
        rest = [p for p in info.params[len(bound) : required] if p not in fixed]
        fixed_at = [info.params.index(k) for k in fixed if k in info.params]
        if rest and fixed_at and min(fixed_at) < info.params.index(rest[-1]):
            # Python fills positions first: a call by position would clash with the keyword.
            raise Unsupported(node, "partial() fixing an earlier parameter by keyword")
        call = ast.Call(  # the rest by keyword: a keyword-bound parameter may come first
            func=ast.Name(id=target.id, ctx=ast.Load()),
            args=list(bound),
            keywords=[*node.keywords, *(ast.keyword(p, _load(f"__p_{p}")) for p in rest)],
        )
        made = make_lambda([f"__p_{p}" for p in rest], call, node)
        cached = (target.id, made, [info.params.index(p) for p in rest])
        setattr(node, PARTIAL_ATTR, cached)
    name, lam, slots = cached
    params = [tr.param_type(name, i) for i in slots]
    wanted = tr.call_expected  # what calls of the partial pass
    if isinstance(wanted, CallableT) and len(wanted.params) == len(params):
        params = [w if isinstance(p, Unknown) else p for p, w in zip(params, wanted.params)]
    return tr.expr(lam, CallableT(tuple(params), UNKNOWN))


def _merge(tr: Translator, node: ast.Call) -> Val:
    """`heapq.merge(*sorted_iterables, key=, reverse=)`: for sorted inputs this is the
    stable sort of their concatenation (ties come from earlier inputs first)."""
    kw = _kwargs(node, {"key", "reverse"}, "merge")
    joined = ast.Call(func=ast.Name("__merge_chain", ast.Load()), args=node.args, keywords=[])
    code = _chain(tr, ast.copy_location(joined, node))
    reverse = tr.truthy(tr.expr(kw["reverse"])).code if "reverse" in kw else "false"
    et = code.t.elem  # type: ignore[attr-defined]
    key = kw.get("key")
    if key is None or _is_none(key):
        return Val(f"pyrt::sorted({code.code}, {reverse}).iter()", IterT(et))
    closure, _ = tr.key_closure(key, et)
    return Val(f"pyrt::sorted_by_key({code.code}, {closure}, {reverse}).iter()", IterT(et))


ITERLIB_FUNCTIONS: dict[tuple[str, str], ModuleFn] = {
    ("heapq", "merge"): _merge,
    ("functools", "cmp_to_key"): _cmp_to_key,
    ("functools", "partial"): _partial,
    ("itertools", "count"): _count,
    ("itertools", "cycle"): _cycle,
    ("itertools", "repeat"): _repeat,
    ("itertools", "islice"): _islice,
    ("itertools", "chain"): _chain,
    ("itertools", "chain.from_iterable"): _from_iterable,
    ("itertools", "product"): _product,
    ("itertools", "permutations"): _choose("permutations", True),
    ("itertools", "combinations"): _choose("combinations", False),
    ("itertools", "combinations_with_replacement"): _choose("combinations_with_replacement", False),
    ("itertools", "accumulate"): _accumulate,
    ("itertools", "groupby"): _groupby,
    ("itertools", "zip_longest"): _zip_longest,
    ("itertools", "pairwise"): _pairwise,
    ("itertools", "takewhile"): _predicate_fn("takewhile"),
    ("itertools", "dropwhile"): _predicate_fn("dropwhile"),
    ("itertools", "filterfalse"): _predicate_fn("filterfalse"),
    ("itertools", "compress"): _compress,
    ("itertools", "starmap"): _starmap,
    ("functools", "reduce"): _reduce,
}

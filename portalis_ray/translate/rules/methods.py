"""Method dispatch tables for str, list, dict and set receivers."""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.iterlib import cmp_closure
from portalis_ray.translate.rules.types import (
    ANYOBJ,
    BIG,
    BOOL,
    INT,
    NONE,
    STR,
    UNKNOWN,
    CallableT,
    DictT,
    ListT,
    OptT,
    PyType,
    SeqT,
    SetT,
    TupleT,
    Unknown,
)
from portalis_ray.translate.rules.values import LOWEST, Unsupported, Val

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import Translator

Method = Callable[["Translator", ast.Call, Val, ast.expr], Val]


def _arity(node: ast.Call, lo: int, hi: int, name: str, kw: set[str] | None = None) -> None:
    if any(isinstance(a, ast.Starred) for a in node.args):
        raise Unsupported(node, f"{name}(*args) is not supported yet")
    if not lo <= len(node.args) <= hi:
        raise Unsupported(node, f"{name}() takes {lo} to {hi} arguments here", "type-error")
    for k in node.keywords:
        if k.arg not in (kw or set()):
            raise Unsupported(k, f"{name}() keyword '{k.arg}' is not supported", "type-error")


def _kwarg(node: ast.Call, name: str, pos: int) -> ast.expr | None:
    for k in node.keywords:
        if k.arg == name:
            return k.value
    return node.args[pos] if len(node.args) > pos else None


# ---------------------------------------------------------------------- str
def _str_simple(rust: str, ret: PyType) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        _arity(node, 0, 0, rust)
        return Val(f"pyrt::{rust}({recv.borrow()})", ret)

    return emit


def _str_one(rust: str, ret: PyType, fallible: bool = False) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        _arity(node, 1, 1, rust)
        code = f"pyrt::{rust}({recv.borrow()}, {tr.str_arg(node.args[0])})"
        return Val(tr.fallible(code) if fallible else code, ret)

    return emit


def _str_strip(rust: str) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        _arity(node, 0, 1, rust)
        chars = "None"
        if node.args and not (
            isinstance(node.args[0], ast.Constant) and node.args[0].value is None
        ):
            chars = f"Some({tr.str_arg(node.args[0])})"
        return Val(f"pyrt::{rust}({recv.borrow()}, {chars})", STR)

    return emit


def _str_split(rust: str) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        _arity(node, 0, 2, rust, {"sep", "maxsplit"})
        sep_node, max_node = _kwarg(node, "sep", 0), _kwarg(node, "maxsplit", 1)
        sep = "None"
        if sep_node is not None and not (
            isinstance(sep_node, ast.Constant) and sep_node.value is None
        ):
            sep = f"Some({tr.str_arg(sep_node)})"
        maxsplit = tr.coerce(tr.expr(max_node), INT).code if max_node is not None else "-1"
        code = tr.fallible(f"pyrt::{rust}({recv.borrow()}, {sep}, {maxsplit})")
        return Val(f"List::from_vec({code})", ListT(STR))

    return emit


def _str_join(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 1, 1, "join")
    code, et = tr.unwrap_items(*tr.iterate(node.args[0]))
    if et not in (STR,) and not isinstance(et, Unknown):
        raise Unsupported(
            node, f"str.join() of {et.python()} items (Python raises TypeError)", "type-error"
        )
    return Val(f"pyrt::str_join({recv.str_view()}, {code})", STR)


def _str_replace(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 2, 3, "replace")
    count = tr.coerce(tr.expr(node.args[2]), INT).code if len(node.args) > 2 else "-1"
    args = f"{tr.str_arg(node.args[0])}, {tr.str_arg(node.args[1])}, {count}"
    return Val(f"pyrt::str_replace({recv.borrow()}, {args})", STR)


def _str_affix(rust: str) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        _arity(node, 1, 1, rust)
        arg = node.args[0]
        if isinstance(arg, ast.Tuple):
            tests = [f"pyrt::{rust}({recv.borrow()}, {tr.str_arg(e)})" for e in arg.elts]
            return Val(" || ".join(tests), BOOL, 10)
        return Val(f"pyrt::{rust}({recv.borrow()}, {tr.str_arg(arg)})", BOOL)

    return emit


def _str_pad(rust: str) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        _arity(node, 1, 2, rust)
        width = tr.coerce(tr.expr(node.args[0]), INT).code
        fill = tr.str_arg(node.args[1]) if len(node.args) > 1 else '" "'
        return Val(tr.fallible(f"pyrt::{rust}({recv.borrow()}, {width}, {fill})"), STR)

    return emit


def _str_zfill(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 1, 1, "zfill")
    width = tr.coerce(tr.expr(node.args[0]), INT).code
    return Val(f"pyrt::str_zfill({recv.borrow()}, {width})", STR)


def _str_remove(rust: str) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        _arity(node, 1, 1, f"remove{rust}")
        part = tr.str_arg(node.args[0])
        code = f"{{ let s = {recv.code}; s.strip_{rust}({part}).map(str::to_string).unwrap_or(s) }}"
        return Val(code, STR)

    return emit


def _str_splitlines(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 0, 1, "splitlines", {"keepends"})
    keep = _kwarg(node, "keepends", 0)
    keep_code = tr.truthy(tr.expr(keep)).code if keep is not None else "false"
    return Val(f"List::from_vec(pyrt::str_splitlines({recv.borrow()}, {keep_code}))", ListT(STR))


def _str_partition(rust: str) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        _arity(node, 1, 1, rust)
        code = tr.fallible(f"pyrt::{rust}({recv.borrow()}, {tr.str_arg(node.args[0])})")
        return Val(code, TupleT((STR, STR, STR)))

    return emit


def _str_format(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    if isinstance(recv_node, ast.Constant) and isinstance(recv_node.value, str):
        return tr.str_format_call(recv_node.value, node)  # resolved at translation time
    # a format string known at run time: parsed then, the arguments as dynamic values
    if any(isinstance(a, ast.Starred) for a in node.args) or any(
        k.arg is None for k in node.keywords
    ):
        raise Unsupported(node, "str.format(*args/**kwargs) of a computed format string")
    args = ", ".join(tr.coerce(tr.expr(a), ANYOBJ, a).code for a in node.args)
    kwargs = ", ".join(
        f'("{k.arg}", {tr.coerce(tr.expr(k.value), ANYOBJ, k.value).code})' for k in node.keywords
    )
    call = f"pyrt::format_runtime({recv.borrow()}, &[{args}], &[{kwargs}])"
    return Val(tr.fallible(call), STR)


def _str_expandtabs(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 0, 1, "expandtabs")
    size = tr.coerce(tr.expr(node.args[0]), INT).code if node.args else "8"
    return Val(f"pyrt::str_expandtabs({recv.borrow()}, {size})", STR)


STR_METHODS: dict[str, Method] = {
    **{
        m: _str_simple(f"str_{m}", STR)
        for m in ("upper", "lower", "capitalize", "title", "swapcase", "casefold")
    },
    **{
        m: _str_simple(f"str_{m}", BOOL)
        for m in (
            "isdigit",
            "isalpha",
            "isalnum",
            "isspace",
            "isupper",
            "islower",
            "isdecimal",
            "isnumeric",
            "istitle",
            "isidentifier",
            "isascii",
        )
    },
    "strip": _str_strip("str_strip"),
    "removeprefix": _str_remove("prefix"),
    "removesuffix": _str_remove("suffix"),
    "lstrip": _str_strip("str_lstrip"),
    "rstrip": _str_strip("str_rstrip"),
    "split": _str_split("str_split"),
    "rsplit": _str_split("str_rsplit"),
    "splitlines": _str_splitlines,
    "join": _str_join,
    "replace": _str_replace,
    "startswith": _str_affix("str_startswith"),
    "endswith": _str_affix("str_endswith"),
    "find": _str_one("str_find", INT),
    "rfind": _str_one("str_rfind", INT),
    "index": _str_one("str_index", INT, fallible=True),
    "rindex": _str_one("str_rindex", INT, fallible=True),
    "count": _str_one("str_count", INT),
    "center": _str_pad("str_center"),
    "ljust": _str_pad("str_ljust"),
    "rjust": _str_pad("str_rjust"),
    "zfill": _str_zfill,
    "partition": _str_partition("str_partition"),
    "rpartition": _str_partition("str_rpartition"),
    "format": _str_format,
    "expandtabs": _str_expandtabs,
}


# ---------------------------------------------------------------------- list
def _list_append(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 1, 1, "append")
    elem = recv.t.elem  # type: ignore[attr-defined]
    val = tr.expr(node.args[0], None if isinstance(elem, Unknown) else elem)
    tr.refine(recv_node, ListT(val.t))
    target = tr.join_at(elem, val.t, node)
    if isinstance(target, CallableT) and val.t != target:
        tr.refine(node.args[0], target)  # a stored callback learns how it is called
    return Val(f"{recv.receiver()}.append({tr.coerce(val, target, node).code})", NONE)


def _list_extend(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 1, 1, "extend")
    code, et = tr.iterate(node.args[0])
    tr.refine(recv_node, ListT(et))
    target = tr.join_at(recv.t.elem, et, node)  # type: ignore[attr-defined]
    if target != et and not isinstance(et, Unknown):
        item = tr.coerce(Val("x", et), target, node).code
        code = f"{code}.into_iter().map(|x| {item})"
    return Val(f"{recv.receiver()}.extend({code})", NONE)


def _list_insert(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 2, 2, "insert")
    index = tr.coerce(tr.expr(node.args[0]), INT).code
    val = tr.expr(node.args[1])
    tr.refine(recv_node, ListT(val.t))
    target = tr.join_at(recv.t.elem, val.t, node)  # type: ignore[attr-defined]
    return Val(f"{recv.receiver()}.insert({index}, {tr.coerce(val, target, node).code})", NONE)


def _list_pop(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 0, 1, "pop")
    index = f"Some({tr.coerce(tr.expr(node.args[0]), INT).code})" if node.args else "None"
    return Val(tr.fallible(f"{recv.receiver()}.pop({index})"), recv.t.elem)  # type: ignore


def _by_value(method: str, ret: PyType, fallible: bool) -> Method:
    """A list or set method taking one element (`remove`, `index`, `discard`...)."""

    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        _arity(node, 1, 1, method)
        elem = recv.t.elem  # type: ignore[attr-defined]
        val = tr.coerce(tr.expr(node.args[0], elem), elem, node)
        code = f"{recv.receiver()}.{method}({val.key()})"
        return Val(tr.fallible(code) if fallible else code, ret)

    return emit


def _list_sort(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 0, 0, "sort", {"key", "reverse"})
    kw = {k.arg: k.value for k in node.keywords}
    reverse = tr.truthy(tr.expr(kw["reverse"])).code if "reverse" in kw else "false"
    cmp = cmp_closure(tr, kw["key"], recv.t.elem) if "key" in kw else None  # type: ignore[attr-defined]
    if cmp is not None:
        return Val(f"pyrt::sort_by_cmp(&{recv.receiver()}, {cmp}, {reverse})", NONE)
    if "key" in kw and not (isinstance(kw["key"], ast.Constant) and kw["key"].value is None):
        key, _ = tr.key_closure(kw["key"], recv.t.elem)  # type: ignore[attr-defined]
        return Val(f"{recv.receiver()}.sort_by_key({key}, {reverse})", NONE)
    if reverse == "false":
        return Val(f"{recv.receiver()}.sort()", NONE)
    return Val(f"{recv.receiver()}.sort_rev({reverse})", NONE)


def _no_args(method: str, ret: Callable[[PyType], PyType]) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        _arity(node, 0, 0, method)
        return Val(f"{recv.receiver()}.{method}()", ret(recv.t))

    return emit


LIST_METHODS: dict[str, Method] = {
    "append": _list_append,
    "extend": _list_extend,
    "insert": _list_insert,
    "pop": _list_pop,
    "remove": _by_value("remove", NONE, True),
    "index": _by_value("index", INT, True),
    "count": _by_value("count", INT, False),
    "sort": _list_sort,
    "reverse": _no_args("reverse", lambda t: NONE),
    "clear": _no_args("clear", lambda t: NONE),
    "copy": _no_args("copy", lambda t: t),
}


# ---------------------------------------------------------------------- dict
def _dict_get(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 1, 2, "get")
    t: DictT = recv.t  # type: ignore[assignment]
    key = tr.coerce(tr.expr(node.args[0], t.key), t.key, node)
    if len(node.args) == 1 or (
        isinstance(node.args[1], ast.Constant) and node.args[1].value is None
    ):
        if isinstance(t.val, OptT):  # a stored None and a missing key are both None
            return Val(f"{recv.receiver()}.get({key.key()}).flatten()", t.val)
        return Val(f"{recv.receiver()}.get({key.key()})", OptT(t.val))
    default = tr.expr(node.args[1], t.val)
    if isinstance(t.val, Unknown):
        tr.refine(recv_node, DictT(t.key, default.t))
    vt = tr.join_at(t.val, default.t, node)
    if vt != t.val and not isinstance(t.val, Unknown):
        return Val(
            f"{recv.receiver()}.get({key.key()}).map_or("
            f"{tr.coerce(default, vt).code}, |v| {tr.coerce(Val('v', t.val), vt).code})",
            vt,
        )
    return Val(f"{recv.receiver()}.get_or({key.key()}, {tr.coerce(default, vt).code})", vt)


def _dict_setdefault(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 2, 2, "setdefault")
    t: DictT = recv.t  # type: ignore[assignment]
    key = tr.expr(node.args[0], t.key)
    default = tr.expr(node.args[1], t.val)
    tr.refine(recv_node, DictT(key.t, default.t))
    kt, vt = tr.join_at(t.key, key.t, node), tr.join_at(t.val, default.t, node)
    return Val(
        f"{recv.receiver()}.setdefault({tr.coerce(key, kt).code}, {tr.coerce(default, vt).code})",
        vt,
    )


def _dict_pop(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 1, 2, "pop")
    t: DictT = recv.t  # type: ignore[assignment]
    key = tr.coerce(tr.expr(node.args[0], t.key), t.key, node)
    if len(node.args) == 1:
        return Val(tr.fallible(f"{recv.receiver()}.pop({key.key()})"), t.val)
    default = tr.coerce(tr.expr(node.args[1], t.val), t.val, node)
    return Val(f"{recv.receiver()}.pop_or({key.key()}, {default.code})", t.val)


def _dict_view(method: str) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        _arity(node, 0, 0, method)
        t: DictT = recv.t  # type: ignore[assignment]
        elem = {"keys": t.key, "values": t.val, "items": TupleT((t.key, t.val))}[method]
        from portalis_ray.translate.rules.types import IterT

        return Val(f"{recv.receiver()}.{method}().into_iter()", IterT(elem, f"dict_{method}"))

    return emit


def _dict_update(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 1, 1, "update")
    other = tr.expr(node.args[0], recv.t)
    if isinstance(other.t, DictT):
        tr.refine(recv_node, other.t)
        return Val(f"{recv.receiver()}.update({tr.coerce(other, recv.t, node).borrow()})", NONE)
    code, et = tr.iterate_val(other, node.args[0])
    if not isinstance(et, TupleT) or len(et.items) != 2:
        raise Unsupported(node, "dict.update() needs a dict or pairs", "type-error")
    tmp = tr.fresh("kv")
    return Val(f"for {tmp} in {code} {{ {recv.receiver()}.set_item({tmp}.0, {tmp}.1); }}", NONE)


def _dict_popitem(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 0, 0, "popitem")
    t: DictT = recv.t  # type: ignore[assignment]
    return Val(tr.fallible(f"{recv.receiver()}.popitem()"), TupleT((t.key, t.val)))


DICT_METHODS: dict[str, Method] = {
    "get": _dict_get,
    "setdefault": _dict_setdefault,
    "pop": _dict_pop,
    "keys": _dict_view("keys"),
    "values": _dict_view("values"),
    "items": _dict_view("items"),
    "update": _dict_update,
    "popitem": _dict_popitem,
    "clear": _no_args("clear", lambda t: NONE),
    "copy": _no_args("copy", lambda t: t),
}


# ---------------------------------------------------------------------- set
def _set_add(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 1, 1, "add")
    val = tr.expr(node.args[0])
    tr.refine(recv_node, SetT(val.t))
    target = tr.join_at(recv.t.elem, val.t, node)  # type: ignore[attr-defined]
    return Val(f"{recv.receiver()}.add({tr.coerce(val, target, node).code})", NONE)


def _set_nary(tr: Translator, node: ast.Call, recv: Val, method: str) -> Val:
    """`s.union(a, b)`, `s.intersection(*others)`: the operation with each in turn, on a
    copy (none at all: the copy)."""
    acc, t = tr.fresh("acc"), recv.t
    lines = [f"let mut {acc} = {recv.receiver()}.copy();"]
    for arg in node.args:
        if isinstance(arg, ast.Starred):
            code, it = tr.iterate(arg.value)
            one = tr.fresh("s")
            items, et = tr.iterate_val(Val(one, it, place=one), arg)
            t = tr.join_at(t, SetT(et), arg)
            other = f"Set::from_vec(({items}).into_iter().collect())"
            lines.append(f"for {one} in ({code}) {{ {acc} = {acc}.{method}(&{other}); }}")
        else:
            items, et = tr.iterate(arg)
            t = tr.join_at(t, SetT(et), arg)
            other = f"Set::from_vec(({items}).into_iter().collect())"
            lines.append(f"{acc} = {acc}.{method}(&{other});")
    return Val(f"{{ {' '.join(lines)} {acc} }}", t, LOWEST)


def _set_binary(method: str, ret: Callable[[PyType], PyType]) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        nary = len(node.args) != 1 or isinstance(node.args[0], ast.Starred)
        if nary and method in ("union", "intersection", "difference") and not node.keywords:
            return _set_nary(tr, node, recv, method)
        _arity(node, 1, 1, method)
        other = tr.expr(node.args[0], recv.t)
        if not isinstance(other.t, SetT):
            code, et = tr.iterate_val(other, node.args[0])
            other = Val(f"Set::from_vec({code}.into_iter().collect())", SetT(et))
        if method.endswith("update"):
            tr.refine(recv_node, other.t)
        t = tr.join_at(recv.t, other.t, node)
        return Val(f"{recv.receiver()}.{method}({tr.coerce(other, t, node).borrow()})", ret(t))

    return emit


def _set_pop(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 0, 0, "pop")
    return Val(tr.fallible(f"{recv.receiver()}.pop()"), recv.t.elem)  # type: ignore


SET_METHODS: dict[str, Method] = {
    "add": _set_add,
    "remove": _by_value("remove", NONE, True),
    "discard": _by_value("discard", NONE, False),
    "pop": _set_pop,
    **{
        m: _set_binary(m, lambda t: t)
        for m in ("union", "intersection", "difference", "symmetric_difference")
    },
    **{m: _set_binary(m, lambda t: BOOL) for m in ("issubset", "issuperset", "isdisjoint")},
    **{
        m: _set_binary(m, lambda t: NONE)
        for m in ("update", "intersection_update", "difference_update")
    },
    "clear": _no_args("clear", lambda t: NONE),
    "copy": _no_args("copy", lambda t: t),
}


def _int_bits(rust: str) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        _arity(node, 0, 0, rust)
        if recv.t.rust() == "pyrt::Int":
            return Val(f"{recv.receiver()}.{rust}()", INT)
        if rust == "bit_count":
            return Val(f"(i64::unsigned_abs({recv.code}).count_ones() as i64)", INT)
        return Val(f"pyrt::int_bit_length({recv.code})", INT)

    return emit


def _float_is_integer(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 0, 0, "is_integer")
    tmp = tr.fresh("f")
    test = f"{tmp}.is_finite() && {tmp}.fract() == 0.0"
    return Val(f"{{ let {tmp}: f64 = {recv.code}; {test} }}", BOOL)


def _str_translate(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 1, 1, "translate")
    table = tr.unwrap_opt(tr.expr(node.args[0]))
    t = table.t
    if not isinstance(t, DictT) or t.key != INT or t.val not in (STR, OptT(STR)):
        raise Unsupported(node, f"str.translate() with a {t.python()} table", "type-error")
    tmp = tr.fresh("tbl")
    found = f"{tmp}.get(&c)" + (".map(Some)" if t.val == STR else "")
    return Val(
        f"{{ let {tmp} = {table.code}; pyrt::str_translate({recv.borrow()}, |c| {found}) }}",
        STR,
        LOWEST,
    )


STR_METHODS["translate"] = _str_translate

INT_METHODS: dict[str, Method] = {
    "bit_length": _int_bits("bit_length"),
    "bit_count": _int_bits("bit_count"),
}


def _float_ratio(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 0, 0, "as_integer_ratio")
    call = tr.fallible(f"pyrt::float_as_integer_ratio({recv.code})")
    return Val(call, TupleT((BIG, BIG)))


def _float_hex(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    _arity(node, 0, 0, "hex")
    return Val(f"pyrt::float_hex({recv.code})", STR)


FLOAT_METHODS: dict[str, Method] = {
    "is_integer": _float_is_integer,
    "as_integer_ratio": _float_ratio,
    "hex": _float_hex,
}


def _tuple_as_list(name: str) -> Method:
    """`t.index(x)`, `t.count(x)`: the list method on the tuple's items."""

    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        t = recv.t
        if isinstance(t, SeqT):
            code, et = f"List::from_vec({recv.receiver()}.0.clone())", t.elem
        else:
            assert isinstance(t, TupleT)
            et = UNKNOWN
            for item in t.items:
                et = tr.join_at(et, item, node)
            tmp = tr.fresh("t")
            items = ", ".join(
                tr.coerce(Val(f"{tmp}.{i}", s), et).code for i, s in enumerate(t.items)
            )
            code = f"{{ let {tmp} = {recv.code}; List::from_vec(vec![{items}]) }}"
        if name == "index" and len(node.args) == 1 and not node.keywords:
            x = tr.coerce(tr.expr(node.args[0], et), et, node)
            missing = 'pyrt::PyErr::value_error("tuple.index(x): x not in tuple")'
            call = f"{code}.index({x.key()}).map_err(|_| {missing})"
            return Val(tr.fallible(call), INT)
        return LIST_METHODS[name](tr, node, Val(code, ListT(et)), recv_node)

    return emit


TUPLE_METHODS: dict[str, Method] = {
    "index": _tuple_as_list("index"),
    "count": _tuple_as_list("count"),
}

METHOD_TABLES: dict[type, dict[str, Method]] = {
    SeqT: TUPLE_METHODS,
    TupleT: TUPLE_METHODS,
    str: STR_METHODS,
    ListT: LIST_METHODS,
    DictT: DICT_METHODS,
    SetT: SET_METHODS,
}
_ = UNKNOWN

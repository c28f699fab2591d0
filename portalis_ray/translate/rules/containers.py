"""`collections`: defaultdict, Counter, OrderedDict and deque.

The dict subclasses keep Rust's `Dict` type; their ``DictT.kind`` says which
behaviour reads and printing need (a defaultdict inserts the value type's
zero on a missing key, a Counter reads missing keys as 0 and prints by count).
A deque is `pyrt::Deque`. The runtime side is pyrt's collections.rs.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.types import (
    BOOL,
    FLOAT,
    INT,
    NONE,
    OBJ,
    STR,
    UNKNOWN,
    DequeT,
    DictT,
    ListT,
    PyType,
    SetT,
    TupleT,
    Unknown,
)
from portalis_ray.translate.rules.values import Unsupported, Val

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import Translator

# defaultdict factories whose value is the Rust `Default` of the value type.
_FACTORIES: dict[str, PyType] = {
    "list": ListT(UNKNOWN),
    "int": INT,
    "float": FLOAT,
    "str": STR,
    "set": SetT(UNKNOWN),
    "dict": DictT(UNKNOWN, UNKNOWN),
    "bool": BOOL,
}
_OBJ_ZEROS = {INT: "0i64", FLOAT: "0.0f64", STR: '""', BOOL: "false"}
_FACTORY_CALLS = {"defaultdict", "Counter", "OrderedDict", "list", "dict", "set", "deque"}


def _factory_type(tr: Translator, node: ast.expr) -> PyType:
    """The value type a defaultdict factory makes (only factories that make a zero value)."""
    if isinstance(node, ast.Name) and node.id in _FACTORIES and not tr.is_bound(node.id):
        return _FACTORIES[node.id]
    if isinstance(node, ast.Lambda) and not node.args.args:
        body = node.body
        empty = (
            (isinstance(body, ast.Constant) and body.value in (0, "") and body.value is not False)
            or (isinstance(body, (ast.List, ast.Dict, ast.Set, ast.Tuple)) and not _elements(body))
            or (
                isinstance(body, ast.Call)
                and isinstance(body.func, ast.Name)
                and body.func.id in _FACTORY_CALLS
                and all(isinstance(a, ast.Name) for a in body.args)
                and len(body.args) <= 1
            )
        )
        if empty:
            return tr.expr(body).t
    raise Unsupported(
        node,
        "defaultdict factories other than list/int/set/dict/str/float "
        "(or a lambda making an empty value) are not supported yet",
    )


def _elements(node: ast.expr) -> list[ast.expr]:
    return node.keys if isinstance(node, ast.Dict) else node.elts  # type: ignore[attr-defined]


def _defaultdict(tr: Translator, node: ast.Call) -> Val:
    if node.keywords or len(node.args) != 1:
        raise Unsupported(node, "defaultdict(factory) only", "type-error")
    vt = _factory_type(tr, node.args[0])
    return Val("Dict::new()", DictT(UNKNOWN, vt, "defaultdict", vt))


def _counter(tr: Translator, node: ast.Call) -> Val:
    if node.keywords or len(node.args) > 1:
        raise Unsupported(node, "Counter(iterable) only", "type-error")
    if not node.args:
        return Val("pyrt::counter_new()", DictT(UNKNOWN, INT, "Counter"))
    val = tr.unwrap_opt(tr.expr(node.args[0]))
    if val.t == STR:
        return Val(f"pyrt::counter_from_str({val.borrow()})", DictT(STR, INT, "Counter"))
    if isinstance(val.t, DictT):
        code = f"{{ let c = pyrt::counter_new(); pyrt::counter_update_map(&c, &{val.code}); c }}"
        return Val(code, DictT(val.t.key, INT, "Counter"))
    code, et = tr.iterate_val(val, node.args[0])
    return Val(f"pyrt::counter_from_iter({code})", DictT(et, INT, "Counter"))


def _ordered_dict(tr: Translator, node: ast.Call) -> Val:
    from portalis_ray.translate.rules.calls import BUILTINS

    val = BUILTINS["dict"](tr, node, None)
    t = val.t
    assert isinstance(t, DictT)
    return Val(val.code, DictT(t.key, t.val, "OrderedDict"), val.prec)


def _deque(tr: Translator, node: ast.Call) -> Val:
    kw = {k.arg: k.value for k in node.keywords}
    if set(kw) - {"maxlen"} or len(node.args) > 1:
        raise Unsupported(node, "deque(iterable, maxlen=n) only", "type-error")
    maxlen = "None"
    if "maxlen" in kw:
        maxlen = f"Some({tr.coerce(tr.expr(kw['maxlen']), INT).code})"
    if not node.args:
        if maxlen == "None":
            return Val("pyrt::Deque::new()", DequeT(UNKNOWN))
        return Val(tr.fallible(f"pyrt::Deque::with_maxlen({maxlen[5:-1]})"), DequeT(UNKNOWN))
    from portalis_ray.translate.rules.exprs import chainable  # exprs imports this module

    code, et = tr.iterate(node.args[0])
    items = f"{chainable(code)}.into_iter().collect::<Vec<_>>()"
    return Val(tr.fallible(f"pyrt::Deque::from_iter_maxlen({items}, {maxlen})"), DequeT(et))


CONSTRUCTORS: dict[tuple[str, str], Callable[[Translator, ast.Call], Val]] = {
    ("collections", "defaultdict"): _defaultdict,
    ("collections", "Counter"): _counter,
    ("collections", "OrderedDict"): _ordered_dict,
    ("collections", "deque"): _deque,
}

_REPR_NAMES = {ListT: "list", SetT: "set", DictT: "dict"}


def dict_repr(val: Val) -> str | None:
    """`repr()` of a dict subclass as CPython prints it (None for a plain dict)."""
    t = val.t
    if isinstance(t, SetT) and t.frozen:
        return f"pyrt::frozenset_repr(&{val.code})"
    if not isinstance(t, DictT) or t.kind == "dict":
        return None
    if t.kind == "Counter":
        return f"pyrt::counter_repr(&{val.code})"
    if t.kind == "OrderedDict":
        return f"pyrt::ordereddict_repr(&{val.code})"
    factory = _REPR_NAMES.get(type(t.val)) or (
        t.val.python() if t.val in (INT, FLOAT, STR, BOOL) else None
    )
    if factory is None:
        raise Unsupported(None, "printing this defaultdict is not supported yet")
    return f'pyrt::defaultdict_repr(&{val.code}, "{factory}")'


def contains_special_dict(t: PyType) -> bool:
    """A dict subclass nested in a container prints differently from a dict: refuse there."""
    if isinstance(t, DictT):
        return t.kind != "dict" or contains_special_dict(t.key) or contains_special_dict(t.val)
    if isinstance(t, SetT) and t.frozen:
        return True
    if isinstance(t, (ListT, SetT, DequeT)):
        return contains_special_dict(t.elem)
    if isinstance(t, TupleT):
        return any(contains_special_dict(i) for i in t.items)
    return False


def dict_subscript(
    tr: Translator, base: Val, key: Val, node: ast.AST, base_node: ast.expr | None
) -> Val | None:
    """`d[k]` on a defaultdict or Counter (reading a missing key is fine there)."""
    t = base.t
    assert isinstance(t, DictT)
    if t.kind in ("defaultdict", "Counter") and base_node is not None:
        tr.refine(base_node, DictT(key.t, UNKNOWN, t.kind))
    if t.kind == "defaultdict":
        owned = tr.coerce(key, t.key, node)
        k = owned.code if owned.place is None or owned.t.is_copy() else f"{owned.code}.clone()"
        make = "Default::default"
        if t.val == OBJ and t.factory in _OBJ_ZEROS:  # `object` values: the factory's zero
            make = f"|| pyrt::Obj::from({_OBJ_ZEROS[t.factory]})"
        code = f"pyrt::dict_get_or_insert_with(&{base.receiver()}, {k}, {make})"
        return Val(code, t.val)
    if t.kind == "Counter":
        k = tr.coerce(key, t.key, node)
        return Val(f"pyrt::counter_get(&{base.receiver()}, {k.key()})", INT)
    return None


# ---------------------------------------------------------------------- methods
Method = Callable[["Translator", ast.Call, Val, ast.expr], Val]


def _most_common(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    n = "None"
    if node.args:
        n = f"Some({tr.coerce(tr.expr(node.args[0]), INT).code})"
    t = recv.t
    assert isinstance(t, DictT)
    return Val(f"pyrt::counter_most_common(&{recv.receiver()}, {n})", ListT(TupleT((t.key, INT))))


def _counter_feed(name: str) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        if len(node.args) != 1 or node.keywords:
            raise Unsupported(node, f"Counter.{name}(iterable) only", "type-error")
        val = tr.unwrap_opt(tr.expr(node.args[0]))
        t = recv.t
        assert isinstance(t, DictT)
        if isinstance(val.t, DictT):
            tr.refine(recv_node, DictT(val.t.key, INT, "Counter"))
            return Val(f"pyrt::counter_{name}_map(&{recv.receiver()}, &{val.code})", NONE)
        code, et = (
            tr.iterate_val(val, node.args[0])
            if val.t != STR
            else (
                f"pyrt::str_chars({val.borrow()})",
                STR,
            )
        )
        tr.refine(recv_node, DictT(et, INT, "Counter"))
        return Val(f"pyrt::counter_{name}(&{recv.receiver()}, {code})", NONE)

    return emit


def _counter_total(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    return Val(f"pyrt::counter_total(&{recv.receiver()})", INT)


def _counter_elements(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    t = recv.t
    assert isinstance(t, DictT)
    return Val(f"pyrt::counter_elements(&{recv.receiver()})", ListT(t.key))


def _last_kw(tr: Translator, node: ast.Call) -> str:
    kw = {k.arg: k.value for k in node.keywords}
    if "last" in kw:
        return tr.cond(kw["last"]).code
    return "true"


def _move_to_end(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    t = recv.t
    assert isinstance(t, DictT)
    key = tr.coerce(tr.expr(node.args[0]), t.key, node)
    code = f"pyrt::dict_move_to_end(&{recv.receiver()}, {key.key()}, {_last_kw(tr, node)})"
    return Val(tr.fallible(code), NONE)


def _popitem(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
    t = recv.t
    assert isinstance(t, DictT)
    code = f"pyrt::dict_popitem_last(&{recv.receiver()}, {_last_kw(tr, node)})"
    return Val(tr.fallible(code), TupleT((t.key, t.val)))


KIND_METHODS: dict[str, dict[str, Method]] = {
    "Counter": {
        "most_common": _most_common,
        "update": _counter_feed("update"),
        "subtract": _counter_feed("subtract"),
        "total": _counter_total,
        "elements": _counter_elements,
    },
    "OrderedDict": {"move_to_end": _move_to_end, "popitem": _popitem},
}


def _deque_add(name: str) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        t = recv.t
        assert isinstance(t, DequeT)
        val = tr.expr(node.args[0], None if isinstance(t.elem, Unknown) else t.elem)
        tr.refine(recv_node, DequeT(val.t))
        target = tr.join_at(t.elem, val.t, node)
        return Val(f"{recv.receiver()}.{name}({tr.coerce(val, target, node).code})", NONE)

    return emit


def _deque_extend(name: str) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        code, et = tr.iterate(node.args[0])
        tr.refine(recv_node, DequeT(et))
        return Val(f"{recv.receiver()}.{name}({code}.into_iter().collect::<Vec<_>>())", NONE)

    return emit


def _deque_pop(name: str) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        t = recv.t
        assert isinstance(t, DequeT)
        return Val(tr.fallible(f"{recv.receiver()}.{name}()"), t.elem)

    return emit


def _deque_plain(name: str, ret: PyType, arg: bool = False, fallible: bool = False) -> Method:
    def emit(tr: Translator, node: ast.Call, recv: Val, recv_node: ast.expr) -> Val:
        t = recv.t
        assert isinstance(t, DequeT)
        args = ""
        if name == "rotate":
            args = tr.coerce(tr.expr(node.args[0]), INT).code if node.args else "1"
        elif arg:
            val = tr.expr(node.args[0], t.elem)
            args = f"&{tr.coerce(val, t.elem, node).code}"
        code = f"{recv.receiver()}.{name}({args})"
        return Val(tr.fallible(code) if fallible else code, ret)

    return emit


DEQUE_METHODS: dict[str, Method] = {
    "append": _deque_add("append"),
    "appendleft": _deque_add("appendleft"),
    "extend": _deque_extend("extend"),
    "extendleft": _deque_extend("extendleft"),
    "pop": _deque_pop("pop"),
    "popleft": _deque_pop("popleft"),
    "clear": _deque_plain("clear", NONE),
    "reverse": _deque_plain("reverse", NONE),
    "rotate": _deque_plain("rotate", NONE, arg=True),
    "count": _deque_plain("count", INT, arg=True),
    "index": _deque_plain("index", INT, arg=True, fallible=True),
    "remove": _deque_plain("remove", NONE, arg=True, fallible=True),
}

COUNTER_BINOPS = {ast.Add: "add", ast.Sub: "sub", ast.BitOr: "or", ast.BitAnd: "and"}

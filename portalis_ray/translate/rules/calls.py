"""Calls: user functions, builtins and `sys`, through dispatch tables."""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.bigint import big_literal, constant_value, fits_i64
from portalis_ray.translate.rules.byteslib import (
    BYTES,
    bytes_call,
    bytes_fromhex,
    int_from_bytes,
    int_to_bytes,
    str_encode,
)
from portalis_ray.translate.rules.containers import DEQUE_METHODS, KIND_METHODS
from portalis_ray.translate.rules.datetimelib import DATE_METHODS, TIMEDELTA_METHODS
from portalis_ray.translate.rules.exprs import chainable, unopt
from portalis_ray.translate.rules.fractionlib import FRACTION, fraction_builtin, to_fraction
from portalis_ray.translate.rules.generators import GEN_ITER, GEN_NEXT
from portalis_ray.translate.rules.hashes import HASH_METHODS
from portalis_ray.translate.rules.iterlib import call_on_rows, cmp_closure
from portalis_ray.translate.rules.memo import MEMO_ATTR, memo_table
from portalis_ray.translate.rules.methods import FLOAT_METHODS, INT_METHODS, METHOD_TABLES
from portalis_ray.translate.rules.modules import MODULE_CONSTANTS, MODULE_FUNCTIONS
from portalis_ray.translate.rules.records import record_method
from portalis_ray.translate.rules.relib import OPAQUE_METHODS
from portalis_ray.translate.rules.types import (
    ANYOBJ,
    BIG,
    BOOL,
    EXC,
    FLOAT,
    INT,
    NONE,
    NUM,
    OBJ,
    STR,
    UNKNOWN,
    BigIntT,
    CallableT,
    ClassT,
    DequeT,
    DictT,
    FuncT,
    IteratorT,
    IterT,
    ListT,
    ModuleT,
    OpaqueT,
    OptT,
    Prim,
    PyType,
    RecordT,
    SeqT,
    SetT,
    TupleT,
    TypeConflict,
    Unknown,
    is_int_enum,
    is_num,
    join,
    mentions,
)
from portalis_ray.translate.rules.values import ADD, ATOM, CAST, LOWEST, UNARY, Unsupported, Val
from portalis_ray.translate.rules.walk import walk

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import Translator

Builtin = Callable[["Translator", ast.Call, "PyType | None"], Val]
MAX_VARIANTS = 8
# Builtins whose meaning depends on run-time code or attribute names.
_DYNAMIC = frozenset(
    [
        "eval",
        "exec",
        "compile",
        "globals",
        "locals",
        "vars",
        "setattr",
        "getattr",
        "delattr",
        "__import__",
    ]
)
BUILTINS: dict[str, Builtin] = {}
CACHE_INFO = OpaqueT("functools._CacheInfo", "pyrt::CacheInfo")
_TYPE_METHODS = {("int", "from_bytes"): int_from_bytes, ("bytes", "fromhex"): bytes_fromhex}


def builtin(*names: str) -> Callable[[Builtin], Builtin]:
    """Register a builtin emitter under one or more Python names."""

    def register(fn: Builtin) -> Builtin:
        for name in names:
            BUILTINS[name] = fn
        return fn

    return register


def _args(tr: Translator, node: ast.Call, lo: int, hi: int, name: str) -> list[ast.expr]:
    if any(isinstance(a, ast.Starred) for a in node.args):
        raise Unsupported(node, f"{name}(*args) is not supported yet")
    if not lo <= len(node.args) <= hi:
        raise Unsupported(node, f"{name}() takes {lo} to {hi} arguments here", "type-error")
    return node.args


def _kw(node: ast.Call, allowed: set[str], name: str) -> dict[str, ast.expr]:
    out = {}
    for kw in node.keywords:
        if kw.arg is None or kw.arg not in allowed:
            raise Unsupported(kw, f"{name}() keyword '{kw.arg}' is not supported", "type-error")
        out[kw.arg] = kw.value
    return out


def fits(slot: PyType, arg: PyType) -> bool:
    """Whether a call's argument type can share a specialisation whose parameter is ``slot``.

    Numbers must agree exactly: `f(1)` and `f(1.5)` print `1` and `1.5` inside `f`,
    so widening the int to float would change behaviour; they get two copies.
    """
    if isinstance(slot, Unknown) or isinstance(arg, Unknown) or slot == arg:
        return True
    if is_num(slot) or is_num(arg):
        return False
    if NONE in (arg, slot):
        return True
    if isinstance(slot, OptT) or isinstance(arg, OptT):
        return fits(unopt(slot), unopt(arg))
    if type(slot) is type(arg) and isinstance(slot, (ListT, SetT, SeqT)):
        return fits(slot.elem, arg.elem)  # type: ignore[attr-defined]
    if isinstance(slot, DictT) and isinstance(arg, DictT):
        return fits(slot.key, arg.key) and fits(slot.val, arg.val)
    if isinstance(slot, TupleT) and isinstance(arg, TupleT):
        return len(slot.items) == len(arg.items) and all(
            fits(a, b) for a, b in zip(slot.items, arg.items)
        )
    try:
        join(slot, arg)
    except TypeConflict:
        return False
    return True


class CallMixin:
    """Call dispatch, mixed into the Translator."""

    def call(self: Translator, node: ast.Call, expected: PyType | None) -> Val:
        func = node.func
        if isinstance(func, ast.Name) and func.id in _DYNAMIC and not self.is_bound(func.id):
            raise Unsupported(
                node,
                f"{func.id}() works on code or attributes only known at run time; "
                "it cannot be translated faithfully",
                "untranslatable",
            )
        if isinstance(func, ast.Name):
            kind, key = self.resolve(func.id)
            if kind == "function":
                info = self.functions[key[0]]
                if info.kind == "nested":
                    return self.call_info(key[0], node, self.capture_args(info))
                return self.call_user(func.id, node)
            if kind == "class":
                return self.construct(func.id, node)
            if kind == "clsref":
                return self.construct(self.cls_target(), node)
            if kind == "imported":
                module, attr = self.from_imports[func.id]
                return self.call_module(module, attr, node, expected)
            if kind == "builtin" and func.id in BUILTINS:
                return BUILTINS[func.id](self, node, expected)
            if kind == "builtin":
                raise Unsupported(node, f"builtin {func.id}() is not supported yet")
            val = self.load_name(func)
            if isinstance(val.t, (CallableT, Unknown)):
                return self.call_value(val, node)
            raise Unsupported(node, f"'{val.t.python()}' object is not callable", "type-error")
        if isinstance(func, ast.Attribute):
            value = func.value
            if func.attr == "from_iterable" and self.names_module_fn(value, "itertools", "chain"):
                return self.call_module("itertools", "chain.from_iterable", node)
            if func.attr == "maketrans" and isinstance(value, ast.Name) and value.id == "str":
                return _maketrans(self, node)
            if (
                func.attr in ("cache_info", "cache_clear")
                and isinstance(value, ast.Name)
                and self.name_kind(value.id) == "function"
                and getattr(self.functions[value.id].node, MEMO_ATTR, False)
            ):
                _args(self, node, 0, 0, func.attr)
                table = memo_table(self.functions[value.id].rust_name)
                if func.attr == "cache_clear":
                    return Val(f"{table}.with(|m| m.clear())", NONE)
                return Val(f"{table}.with(|m| m.info())", CACHE_INFO)
            if (
                isinstance(value, ast.Name)
                and (value.id, func.attr) in _TYPE_METHODS
                and not self.is_bound(value.id)
            ):
                return _TYPE_METHODS[(value.id, func.attr)](self, node)
            if func.attr == "fromhex" and isinstance(value, ast.Name) and value.id == "float":
                (text,) = _args(self, node, 1, 1, "float.fromhex")
                return Val(self.fallible(f"pyrt::float_fromhex({self.str_arg(text)})"), FLOAT)
            if func.attr == "fromkeys" and (
                (isinstance(value, ast.Name) and value.id == "dict" and not self.is_bound("dict"))
                or self.names_module_fn(value, "collections", "OrderedDict")
            ):
                return _fromkeys(self, node, value)
            member = self.module_member(value)  # `date.fromisoformat(...)`: a class's function
            if member is not None and (member[0], f"{member[1]}.{func.attr}") in MODULE_FUNCTIONS:
                return self.call_module(member[0], f"{member[1]}.{func.attr}", node)
            if isinstance(value, ast.Name) and self.name_kind(value.id) in ("class", "clsref"):
                cls = value.id if self.name_kind(value.id) == "class" else self.cls_target()
                return self.call_static(cls, func.attr, node)
            if (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name)
                and value.func.id == "super"
                and not value.args
            ):
                return self.call_super(func.attr, node)
            base = self.expr(func.value)
            if isinstance(base.t, ModuleT):
                return self.call_module(base.t.name, func.attr, node, expected)
            base = self.unwrap_opt(base)
            if isinstance(base.t, ClassT):
                return self.call_method(base, func.attr, node, func)
            if isinstance(base.t, Unknown):
                for a in node.args:
                    self.expr(a)
                return Val("Default::default()", UNKNOWN)
            if isinstance(base.t, RecordT):
                return record_method(self, base, func.attr, node)
            if isinstance(base.t, DictT) and func.attr in KIND_METHODS.get(base.t.kind, {}):
                return KIND_METHODS[base.t.kind][func.attr](self, node, base, func.value)
            if isinstance(base.t, DequeT):
                if func.attr not in DEQUE_METHODS:
                    raise Unsupported(node, f"method deque.{func.attr}() is not supported yet")
                return DEQUE_METHODS[func.attr](self, node, base, func.value)
            if isinstance(base.t, OpaqueT):
                table = OPAQUE_METHODS.get(base.t.name)
            elif base.t == OBJ:  # a str method on a value of mixed type: checked
                base = self.coerce(base, STR, func.value)
                table = METHOD_TABLES.get(str)
            elif base.t in (INT, FLOAT, BIG):
                table = FLOAT_METHODS if base.t == FLOAT else INT_METHODS
            else:
                table = METHOD_TABLES.get(type(base.t) if base.t != STR else str)
            if table is None or func.attr not in table:
                raise Unsupported(
                    node, f"method {base.t.python()}.{func.attr}() is not supported yet"
                )
            return table[func.attr](self, node, base, func.value)
        val = self.unwrap_opt(self.expr(func))
        if isinstance(val.t, (CallableT, Unknown)):
            return self.call_value(val, node)
        raise Unsupported(node, f"'{val.t.python()}' object is not callable", "type-error")

    def call_user(self: Translator, name: str, node: ast.Call) -> Val:
        """Call a top-level function: match arguments, widen them, propagate errors."""
        node = self.spread_tuples(node)
        star = self.star_list(name, node)
        if star is not None:
            return star
        return self.call_info(self.pick_variant(name, node), node, [])

    def star_list(self: Translator, name: str, node: ast.Call) -> Val | None:
        """`f(*xs)` with `xs` a list: its items as the arguments, after CPython's check of
        their number."""
        if len(node.args) != 1 or node.keywords or not isinstance(node.args[0], ast.Starred):
            return None
        info = self.functions[name]
        if any(d is not None for d in info.defaults):
            return None  # how many it takes depends on the defaults
        val = self.unwrap_opt(self.expr(node.args[0].value))
        if not isinstance(val.t, (ListT, SeqT)):
            return None
        self.push_scope()
        try:
            tmp = self.declare_scoped("__star__", val.t)
            items = [
                ast.copy_location(
                    ast.Subscript(ast.Name("__star__", ast.Load()), ast.Constant(i), ast.Load()),
                    node,
                )
                for i in range(len(info.params))
            ]
            call = ast.copy_location(ast.Call(node.func, items, []), node)
            inner = self.call_info(self.pick_variant(name, call), call, [])
        finally:
            self.pop_scope()
        names = ", ".join(f'"{p}"' for p in info.params)
        check = self.fallible(
            f'pyrt::star_args_len("{info.py_name}", &[{names}], {tmp}.py_len() as usize)'
        )
        return Val(f"{{ let {tmp} = {val.code}; {check}; {inner.code} }}", inner.t, LOWEST)

    def spread_tuples(self: Translator, node: ast.Call) -> ast.Call:
        """`f(*t)` with `t` a fixed-size tuple held in a name: `f(t[0], t[1], ...)`."""
        if not any(isinstance(a, ast.Starred) for a in node.args):
            return node
        args: list[ast.expr] = []
        for a in node.args:
            t = self.expr(a.value).t if isinstance(a, ast.Starred) else None
            if isinstance(t, OptT):  # None raises when an item is read, as Python's * does
                t = t.inner
            if isinstance(t, TupleT) and isinstance(a.value, ast.Name):  # type: ignore[union-attr]
                args += [
                    ast.copy_location(ast.Subscript(a.value, ast.Constant(i), ast.Load()), a)  # type: ignore[union-attr]
                    for i in range(len(t.items))
                ]
            else:
                args.append(a)
        return ast.copy_location(ast.Call(node.func, args, node.keywords), node)

    def call_info(
        self: Translator,
        name: str,
        node: ast.Call,
        bound: list[str],
        rust_name: str | None = None,
    ) -> Val:
        """Call function or method ``name``; ``bound`` are codes for its leading parameters."""
        info = self.functions.get(name) or self.methods[name]
        self.mark_called(name)
        node = self.spread_tuples(node)
        params = info.params[len(bound) :]
        slots: list[ast.expr | None] = [None] * len(params)
        if len(node.args) > len(params) or any(isinstance(a, ast.Starred) for a in node.args):
            raise Unsupported(
                node, f"{info.py_name}() called with too many arguments", "type-error"
            )
        for i, arg in enumerate(node.args):
            slots[i] = arg
        for kw in node.keywords:
            if kw.arg is None or kw.arg not in params:
                raise Unsupported(
                    kw, f"{info.py_name}() got an unexpected keyword '{kw.arg}'", "type-error"
                )
            slots[params.index(kw.arg)] = kw.value
        codes = list(bound)
        for j, arg in enumerate(slots):
            i = j + len(bound)
            if arg is None:
                arg = info.defaults[i]
                if arg is None:
                    raise Unsupported(
                        node, f"{info.py_name}() missing argument '{info.params[i]}'", "type-error"
                    )
            ptype = self.param_type(name, i)
            val = self.expr(arg, ptype)
            if not info.annotated[i]:
                self.slot_join(("param", info.sig, i), val.t, arg)
                ptype = self.param_type(name, i)
            if val.t.has_unknown() or (val.t != ptype and mentions(ptype, BIG)):
                # An empty container the callee fills: its element type flows back (and a
                # container the callee fills with big ints holds big ints: not a copy).
                self.refine(arg, ptype)
            codes.append(self.coerce(val, ptype, arg).code)
        ret = self.slot_get(("ret", info.sig))
        call = f"{rust_name or info.rust_name}({', '.join(codes)})"
        return Val(self.fallible(call), ret)

    def pick_variant(self: Translator, name: str, node: ast.Call, bound: int = 0) -> str:
        """The specialisation of ``name`` whose parameter types fit this call's arguments
        (``bound``: leading parameters already given, a method's `self`)."""
        info = self.functions.get(name) or self.methods[name]
        if all(info.annotated) or len(node.args) > len(info.params) - bound:
            return name
        arg_types: dict[int, PyType] = {}
        for i, arg in enumerate(node.args, bound):
            if not isinstance(arg, ast.Starred) and not info.annotated[i]:
                # a lambda needs its parameter types (a named function would learn them
                # from this variant's slot, which may be another function's)
                hint = self.param_type(name, i) if isinstance(arg, ast.Lambda) else None
                arg_types[i] = self.expr(arg, hint if isinstance(hint, CallableT) else None).t
        for kw in node.keywords:
            if kw.arg in info.params and not info.annotated[info.params.index(kw.arg)]:
                arg_types[info.params.index(kw.arg)] = self.expr(kw.value).t
        for key in self.variants[name]:
            if all(fits(self.param_type(key, i), t) for i, t in arg_types.items()):
                return key
        if len(self.variants[name]) >= MAX_VARIANTS:
            return name  # the conflict is reported at the parameter
        return self.specialise(name)

    def pick_method_variant(self: Translator, key: str, node: ast.Call) -> str:
        """A method of a class without subclasses, copied per argument types like a
        function (`v * 2` and `v * w` call two copies of `__mul__`)."""
        info = self.methods[key]
        cls = self.classes.get(info.cls)
        if (
            info.kind not in ("method", "static")
            or cls is None
            or (info.kind == "method" and len(self.family(cls.root)) != 1)
            or info.node is None
            or info.node.name == "__init__"
        ):
            return key
        self.variants.setdefault(key, [key])
        return self.pick_variant(key, node, 1 if info.kind == "method" else 0)

    def module_member(self: Translator, node: ast.expr) -> tuple[str, str] | None:
        """(module, name) when ``node`` is `module.name` or a name imported from a module."""
        if isinstance(node, ast.Name):
            try:
                kind = self.name_kind(node.id)
            except Unsupported:
                return None
            return self.from_imports.get(node.id) if kind == "imported" else None
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in self.imports
        ):
            return node.value.id, node.attr
        return None

    def names_module_fn(self: Translator, node: ast.expr, module: str, attr: str) -> bool:
        """Whether ``node`` is `module.attr` or a name imported with `from module import attr`."""
        if isinstance(node, ast.Name):
            return self.from_imports.get(node.id) == (module, attr)
        return (
            isinstance(node, ast.Attribute)
            and node.attr == attr
            and isinstance(node.value, ast.Name)
            and node.value.id in self.imports
            and node.value.id == module
        )

    def call_module(
        self: Translator, module: str, attr: str, node: ast.Call, expected: PyType | None = None
    ) -> Val:
        """Functions of imported modules (`sys.exit`, `math.sqrt`...); ``expected`` is what
        the caller's slot holds (`call_expected` while the function is emitted)."""
        emit = MODULE_FUNCTIONS.get((module, attr))
        if emit is None:
            raise Unsupported(node, f"{module}.{attr}() is not supported yet")
        saved, self.call_expected = self.call_expected, expected
        try:
            return emit(self, node)
        finally:
            self.call_expected = saved

    def module_attribute(self: Translator, module: str, attr: str, node: ast.AST) -> Val:
        """Non-call attributes of imported modules (`math.pi`)."""
        val = MODULE_CONSTANTS.get((module, attr))
        if val is None:
            raise Unsupported(node, f"{module}.{attr} is not supported yet")
        return Val(val.code, val.t)

    # ---------------------------------------------------------------- closures
    def key_closure(self: Translator, fn: ast.expr, arg_t: PyType) -> tuple[str, PyType]:
        """A `|x: &T| key` closure for `key=` arguments (lambda or named function)."""
        param = self.fresh("k")
        if isinstance(fn, ast.Lambda):
            if len(fn.args.args) != 1 or fn.args.vararg or fn.args.kwarg:
                raise Unsupported(fn, "key lambda must take exactly one argument")
            self.push_scope(closure=True)
            try:
                rust = self.declare_scoped(fn.args.args[0].arg, arg_t)
                body = self.expr(fn.body)
            finally:
                self.pop_scope()
            bind = (
                f"let {rust} = {param}.clone(); "
                if not arg_t.is_copy()
                else f"let {rust} = *{param}; "
            )
            # The result goes through a local: a borrow in a tail expression outlives the item.
            return f"|{param}: &{arg_t.rust()}| {{ {bind}let r = {body.code}; r }}", body.t
        arg = ast.Name(id="__key_arg__", ctx=ast.Load())
        if (
            isinstance(fn, ast.Attribute)
            and isinstance(fn.value, ast.Name)
            and fn.value.id
            in (
                "str",
                "list",
                "dict",
                "set",
            )
        ):
            # `key=str.lower` is the unbound method: call it on the item.
            method = ast.Attribute(value=arg, attr=fn.attr, ctx=ast.Load())
            call = ast.Call(func=method, args=[], keywords=[])
        elif isinstance(fn, ast.Attribute) and fn.attr == "__getitem__":
            call = ast.Subscript(value=fn.value, slice=arg, ctx=ast.Load())  # key=a.__getitem__
        else:
            call = ast.Call(func=fn, args=[arg], keywords=[])
        ast.copy_location(call, fn)
        ast.fix_missing_locations(call)
        self.push_scope(closure=True)
        try:
            rust = self.declare_scoped("__key_arg__", arg_t)
            body = self.expr(call)
        finally:
            self.pop_scope()
        bind = (
            f"let {rust} = {param}.clone(); " if not arg_t.is_copy() else f"let {rust} = *{param}; "
        )
        return f"|{param}: &{arg_t.rust()}| {{ {bind}let r = {body.code}; r }}", body.t


# ---------------------------------------------------------------------- builtins
@builtin("print")
def _print(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    kw = _kw(node, {"sep", "end", "file", "flush"}, "print")
    if any(isinstance(a, ast.Starred) for a in node.args):
        acc = tr.fresh("parts")
        steps = []
        for a in node.args:
            if isinstance(a, ast.Starred):
                code, _et = tr.iterate(a.value)
                code = chainable(code)
                steps.append(f"{acc}.extend({code}.into_iter().map(|x| x.py_str()));")
            else:
                steps.append(f"{acc}.push({tr.to_str(tr.expr(a))});")
        parts_code = f"&{{ let mut {acc}: Vec<String> = Vec::new(); {' '.join(steps)} {acc} }}"
    elif any(isinstance(n, ast.Call) for a in node.args[1:] for n in walk(a)):
        # Python formats the arguments after evaluating all of them: a later call
        # (`heappop(heap)`) may change an earlier argument (`heap`).
        binds, parts = [], []
        for a in node.args:
            val = tr.expr(a)
            tmp = tr.fresh("a")
            binds.append(f"let {tmp} = {val.code};")
            parts.append(tr.to_str(Val(tmp, val.t, place=tmp)))
        parts_code = f"&{{ {' '.join(binds)} [{', '.join(parts)}] }}"
    else:
        parts_code = f"&[{', '.join(tr.formatted_node(a, 's', None) for a in node.args)}]"
    sep = tr.str_arg(kw["sep"]) if "sep" in kw else '" "'
    end = tr.str_arg(kw["end"]) if "end" in kw else '"\\n"'
    fn = "pyrt::print"
    if "file" in kw:
        target = kw["file"]
        if (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == "sys"
            and target.attr in ("stderr", "stdout")
        ):
            fn = "pyrt::eprint" if target.attr == "stderr" else fn
        else:
            raise Unsupported(target, "print(file=...) supports sys.stdout and sys.stderr only")
    return Val(f"{fn}({parts_code}, {sep}, {end})", NONE)


@builtin("exit", "quit")
def _exit(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 0, 1, "exit")
    if not args:
        err = "PyErr::system_exit(0)"
    else:
        val = tr.expr(args[0])
        if val.t in (INT, BOOL):
            err = f"PyErr::system_exit({tr.coerce(val, INT).code})"
        elif val.t == NONE:
            err = "PyErr::system_exit(0)"
        elif val.t == STR:
            err = f"PyErr::system_exit_msg({val.borrow()})"
        else:
            raise Unsupported(node, f"sys.exit() with a {val.t.python()} argument")
    return Val(tr.raise_code(err), NONE, LOWEST)


@builtin("len")
def _len(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    (arg,) = _args(tr, node, 1, 1, "len")
    val = tr.unwrap_opt(tr.expr(arg))
    if val.t == STR:
        return Val(f"{val.receiver()}.chars().count() as i64", INT, CAST)
    if isinstance(val.t, TupleT):
        return Val(str(len(val.t.items)), INT)
    if isinstance(val.t, RecordT):
        return Val(str(len(val.t.keys)), INT)
    if (
        isinstance(val.t, (ListT, DictT, SetT, SeqT, DequeT))
        or val.t == BYTES
        or (isinstance(val.t, IterT) and val.t.kind == "range")
    ):
        return Val(f"{val.receiver()}.py_len()", INT)
    if isinstance(val.t, Unknown):
        return Val("0", INT)
    if val.t == OBJ:
        return Val(tr.fallible(f"{val.receiver()}.py_len()"), INT)
    if isinstance(val.t, ClassT):
        return tr.call_method(val, "__len__", ast.Call(func=arg, args=[], keywords=[]), node)
    raise Unsupported(node, f"len() of {val.t.python()}", "type-error")


@builtin("range")
def _range(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    vals = [tr.expr(a) for a in _args(tr, node, 1, 3, "range")]
    if any(v.t == BIG for v in vals):  # bounds beyond 64 bits: the ints one by one
        bounds = [tr.to_big(v).code for v in vals]
        if len(bounds) == 1:
            bounds.insert(0, "pyrt::Int::zero()")
        if len(bounds) == 2:
            bounds.append("pyrt::Int::from_i64(1)")
        return Val(tr.fallible(f"pyrt::int_range({', '.join(bounds)})"), IterT(BIG, "iter"))
    args = [tr.coerce(v, INT, a).code for v, a in zip(vals, node.args)]
    if len(args) == 1:
        args = ["0", args[0], "1"]
    elif len(args) == 2:
        args.append("1")
    return Val(tr.fallible(f"pyrt::range({', '.join(args)})"), IterT(INT, "range"))


@builtin("enumerate")
def _enumerate(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 1, 2, "enumerate")
    kw = _kw(node, {"start"}, "enumerate")
    start_node = kw.get("start", args[1] if len(args) > 1 else None)
    start = tr.coerce(tr.expr(start_node), INT).code if start_node is not None else "0"
    code, et = tr.iterate(args[0])
    return Val(
        f"({start}_i64..).zip({code})" if start.isdigit() else f"({start}..).zip({code})",
        IterT(TupleT((INT, et))),
    )


@builtin("zip")
def _zip(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    if len(node.args) == 1 and isinstance(node.args[0], ast.Starred) and not node.keywords:
        # zip(*rows): the columns, as tuples as long as there are rows
        rows, row_t = tr.iterate(node.args[0].value)
        cells, et = tr.iterate_val(Val("r", row_t), node)
        return Val(
            f"pyrt::transpose({chainable(rows)}.into_iter().map(|r| {chainable(cells)}"
            ".into_iter().collect::<Vec<_>>()).collect())",
            IterT(SeqT(et)),
        )
    args = _args(tr, node, 1, 6, "zip")
    _kw(node, set(), "zip")
    its = [tr.iterate(a) for a in args]
    code = f"{chainable(its[0][0])}.into_iter()"
    for other, _ in its[1:]:
        code = f"{code}.zip({other})"
    types = tuple(t for _, t in its)
    if len(its) > 2:
        names = [f"z{i}" for i in range(len(its))]
        pattern = names[0]
        for name in names[1:]:
            pattern = f"({pattern}, {name})"
        code = f"{code}.map(|{pattern}| ({', '.join(names)}))"
    return Val(code, IterT(TupleT(types)))


@builtin("reversed")
def _reversed(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    (arg,) = _args(tr, node, 1, 1, "reversed")
    code, et = tr.iterate(arg)
    val_t = tr.expr(arg).t
    if isinstance(val_t, DictT):
        return Val(f"{code}.into_iter().rev()", IterT(et))
    code = chainable(code)
    if isinstance(val_t, ListT):
        return Val(f"{tr.expr(arg).receiver()}.to_vec().into_iter().rev()", IterT(et))
    return Val(f"{code}.rev()", IterT(et))


def _key_and_reverse(
    tr: Translator, node: ast.Call, elem: PyType, name: str
) -> tuple[str | None, str]:
    kw = _kw(node, {"key", "reverse"}, name)
    reverse = tr.truthy(tr.expr(kw["reverse"])).code if "reverse" in kw else "false"
    key = None
    if "key" in kw and not (isinstance(kw["key"], ast.Constant) and kw["key"].value is None):
        key, _ = tr.key_closure(kw["key"], elem)
    return key, reverse


@builtin("sorted")
def _sorted(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    (arg,) = _args(tr, node, 1, 1, "sorted")
    code, et = tr.iterate(arg)
    kw = _kw(node, {"key", "reverse"}, "sorted")
    cmp = cmp_closure(tr, kw["key"], et) if "key" in kw else None
    key, reverse = _key_and_reverse(tr, node, et, "sorted") if cmp is None else (None, "")
    if cmp is not None:
        reverse = tr.truthy(tr.expr(kw["reverse"])).code if "reverse" in kw else "false"
        return Val(f"pyrt::sorted_by_cmp({code}, {cmp}, {reverse})", ListT(et))
    if key is None:
        return Val(f"pyrt::sorted({code}, {reverse})", ListT(et))
    return Val(f"pyrt::sorted_by_key({code}, {key}, {reverse})", ListT(et))


def _star_items(tr: Translator, args: list[ast.expr], name: str) -> tuple[str, PyType]:
    """`max(a, *rest)`: the arguments as one Vec, checked for the two Python needs."""
    parts: list[tuple[str, PyType, bool]] = []
    for a in args:
        if isinstance(a, ast.Starred):
            code, et = tr.iterate(a.value)
            parts.append((code, et, True))
        else:
            v = tr.unwrap_opt(tr.expr(a))
            parts.append((v.code, v.t, False))
    t: PyType = UNKNOWN
    for (_, pt, _), a in zip(parts, args):
        t = tr.join_at(t, pt, a)
    if t == STR or not isinstance(t, (Prim, BigIntT, Unknown)):
        # one str argument is iterated by Python: its characters compared
        raise Unsupported(args[0], f"{name}(*args) of {t.python()} items is not supported yet")
    vec = tr.fresh("v")
    lines = [f"let mut {vec}: Vec<{t.rust()}> = Vec::new();"]
    for (code, pt, star), a in zip(parts, args):
        if star:
            item = tr.coerce(Val("x", pt), t, a).code
            lines.append(f"{vec}.extend({chainable(code)}.into_iter().map(|x| {item}));")
        else:
            lines.append(f"{vec}.push({tr.coerce(Val(code, pt), t, a).code});")
    kind = "int" if isinstance(t, Unknown) else t.python().split(" ")[0]
    check = tr.fallible(f"pyrt::star_min_max({vec}.len(), \"{name}\", \"{kind}\")")
    return f"{{ {' '.join(lines)} {check}; {vec} }}", t


def _min_max(tr: Translator, node: ast.Call, name: str) -> Val:
    kw = _kw(node, {"key", "default"}, name)
    star = any(isinstance(a, ast.Starred) for a in node.args)
    args = node.args if star else _args(tr, node, 1, 16, name)
    if len(args) == 1 or star:
        code, et = _star_items(tr, args, name) if star else tr.iterate(args[0])
        cmp = cmp_closure(tr, kw["key"], et) if "key" in kw else None
        if cmp is not None:  # key=cmp_to_key(f): the first item no other beats
            op = ">" if name == "max" else "<"
            best = tr.fresh("best")
            loop = (
                f"{{ let c = {cmp}; let mut {best} = None; for x in {chainable(code)} {{ "
                f"{best} = match {best} {{ None => Some(x), Some(b) => "
                f"if c(&x, &b) {op} 0 {{ Some(x) }} else {{ Some(b) }} }}; }} {best} }}"
            )
            if "default" in kw:
                default = tr.expr(kw["default"], et)
                if default.t == NONE:
                    return Val(loop, OptT(et))
                return Val(f"{loop}.unwrap_or({tr.coerce(default, et).code})", et)
            empty = f'PyErr::value_error("{name}() arg is an empty sequence")'
            return Val(f"match {loop} {{ Some(v) => v, None => {tr.raise_code(empty)} }}", et)
        key = None
        if "key" in kw:
            key, _ = tr.key_closure(kw["key"], et)
        if "default" in kw:
            default = tr.expr(kw["default"], et)
            if key is not None:
                raise Unsupported(node, f"{name}() with both key= and default= is not supported")
            t = tr.join_at(et, default.t, node)
            if t != et and not isinstance(et, Unknown):
                raise Unsupported(node, f"{name}() default of another type", "type-error")
            return Val(f"pyrt::{name}_or({code}, {tr.coerce(default, t).code})", t)
        if key is not None:
            return Val(tr.fallible(f"pyrt::{name}_by_key({code}, {key})"), et)
        return Val(tr.fallible(f"pyrt::{name}_of({code})"), et)
    vals = [tr.unwrap_opt(tr.expr(a)) for a in args]
    t: PyType = UNKNOWN
    for v, a in zip(vals, args):
        t = tr.join_at(t, v.t, a)
    codes = [tr.coerce(v, t, a).code for v, a in zip(vals, args)]
    if "key" in kw:
        key, _ = tr.key_closure(kw["key"], t)
        return Val(tr.fallible(f"pyrt::{name}_by_key(vec![{', '.join(codes)}], {key})"), t)
    acc = codes[0]
    for code in codes[1:]:
        acc = f"pyrt::{name}2({acc}, {code})"
    return Val(acc, t)


@builtin("min")
def _min(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    return _min_max(tr, node, "min")


@builtin("max")
def _max(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    return _min_max(tr, node, "max")


@builtin("sum")
def _sum(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 1, 2, "sum")
    kw = _kw(node, {"start"}, "sum")
    code, et = tr.unwrap_items(*tr.iterate(args[0]))
    if is_int_enum(et):  # IntEnum members add up as ints
        code, et = (
            f"{chainable(code)}.into_iter().map(|x| {tr.coerce(Val('x', et), INT).code})",
            INT,
        )
    start_node = kw.get("start", args[1] if len(args) > 1 else None)
    start = tr.expr(start_node) if start_node is not None else None
    if isinstance(et, Unknown) and start is None and not tr.final:
        return Val("Default::default()", UNKNOWN)  # known next round: not yet an int
    t = et if not isinstance(et, Unknown) else INT
    if t == BOOL:
        code, t = f"{code}.into_iter().map(|b| b as i64)", INT
    if start is not None and is_num(start.t):
        # sum is arithmetic: start + items, so an int and a float make a float.
        other = start.t if start.t != BOOL else INT
        t = FLOAT if FLOAT in (t, other) and NUM not in (t, other) else tr.join_at(t, other, node)
    if FRACTION in (t, getattr(start, "t", None)):
        acc = (
            to_fraction(tr, start)
            if start is not None
            else Val("pyrt::Fraction::default()", FRACTION)
        )
        item = to_fraction(tr, Val("x", et)).code
        return Val(
            f"{chainable(code)}.into_iter().fold({acc.code}, |a, x| a.add(&{item}))",
            FRACTION,
            LOWEST,
        )
    if t == NUM:
        if et != NUM:
            code = f"{chainable(code)}.into_iter().map(|x| {tr.coerce(Val('x', et), NUM).code})"
        total = f"pyrt::sum_num({code})"
    elif t == OBJ:
        total = tr.fallible(f"pyrt::sum_obj({code})")
    elif t == BIG:
        items = chainable(code) + ("" if et == BIG else ".into_iter().map(pyrt::Int::from)")
        total = f"pyrt::int_sum({items})"
    elif t == FLOAT:
        if et != FLOAT:
            code = f"{code}.into_iter().map(|x| x as f64)"
        total = f"pyrt::sum_float({code})"
    elif t == INT:
        total = f"pyrt::sum_int({code})"
    elif isinstance(t, ListT) and start is not None:
        acc = tr.fresh("acc")
        item = tr.fresh("x")
        return Val(
            f"{{ let mut {acc} = {start.code}; for {item} in {code} {{ {acc} = "
            f"{acc}.concat(&{item}); }} {acc} }}",
            t,
            LOWEST,
        )
    else:
        raise Unsupported(node, f"sum() of {t.python()}", "type-error")
    if start is None or start.lit == 0:
        return Val(total, t)
    return Val(f"{tr.coerce(start, t).wrapped(ADD)} + {total}", t, ADD)


def _any_all(tr: Translator, node: ast.Call, name: str) -> Val:
    (arg,) = _args(tr, node, 1, 1, name)
    code, et = tr.iterate(arg)
    item = tr.fresh("x")
    test = tr.truthy(Val(item, et, place=item)).code
    method = "any" if name == "any" else "all"
    code = chainable(code)
    return Val(f"{code}.into_iter().{method}(|{item}| {test})", BOOL)


@builtin("any")
def _any(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    return _any_all(tr, node, "any")


@builtin("all")
def _all(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    return _any_all(tr, node, "all")


@builtin("abs")
def _abs(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    (arg,) = _args(tr, node, 1, 1, "abs")
    val = tr.unwrap_opt(tr.expr(arg))
    if val.t == FRACTION:
        return fraction_builtin(tr, "abs", val, None)  # type: ignore[return-value]
    if isinstance(val.t, OpaqueT) and val.t.name == "datetime.timedelta":
        return Val(tr.fallible(f"{val.receiver()}.abs()"), val.t)
    if val.t == BOOL:
        val = tr.coerce(val, INT)
    if tr.defines(val.t, "__abs__"):
        return tr.call_method(val, "__abs__", ast.Call(func=node, args=[], keywords=[]), node)
    if val.t == NUM:
        return Val(f"pyrt::num_abs({val.code})", NUM)
    if val.t == BIG:
        return Val(f"{val.receiver()}.abs()", BIG)
    if val.t not in (INT, FLOAT):
        raise Unsupported(node, f"abs() of {val.t.python()}", "type-error")
    return Val(f"{val.t.rust()}::abs({val.code})", val.t)


def _hashable(t: PyType) -> bool:
    if t in (INT, BIG, BOOL, FLOAT, STR, NUM):
        return True
    if isinstance(t, TupleT):
        return len(t.items) <= 5 and all(_hashable(i) for i in t.items)
    return isinstance(t, SeqT) and _hashable(t.elem)


@builtin("hash")
def _hash(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    (arg,) = _args(tr, node, 1, 1, "hash")
    val = tr.unwrap_opt(tr.expr(arg))
    if tr.defines(val.t, "__hash__"):
        return tr.call_method(val, "__hash__", ast.Call(func=node, args=[], keywords=[]), node)
    cls = tr.class_of(val.t) if isinstance(val.t, ClassT) else None
    if cls is not None and cls.frozen and cls.dataclass_fields:
        # a frozen dataclass hashes the tuple of its fields
        tr.push_scope()
        try:
            tmp = tr.declare_scoped("__hashed__", val.t)
            obj = ast.Name("__hashed__", ast.Load())
            fields = [ast.Attribute(obj, f, ast.Load()) for f, _, _ in cls.dataclass_fields]
            tup = ast.Call(node.func, [ast.Tuple(fields, ast.Load())], [])
            inner = tr.expr(ast.fix_missing_locations(ast.copy_location(tup, node)))
        finally:
            tr.pop_scope()
        return Val(f"{{ let {tmp} = {val.code}; {inner.code} }}", INT, LOWEST)
    if not _hashable(val.t):
        raise Unsupported(node, f"hash() of {val.t.python()} is not supported", "type-error")
    return Val(f"pyrt::PyHash::builtin_hash(&{val.code})", INT)


@builtin("round")
def _round(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 1, 2, "round")
    val = tr.unwrap_opt(tr.expr(args[0]))
    nd = None
    if len(args) == 2 and not (isinstance(args[1], ast.Constant) and args[1].value is None):
        nd = tr.coerce(tr.expr(args[1]), INT, args[1]).code
    if val.t == BIG and nd is None:
        return val
    if val.t == FRACTION:
        return fraction_builtin(tr, "round", val, nd)  # type: ignore[return-value]
    if val.t == OBJ:
        return Val(tr.fallible(f"{val.receiver()}.round({f'Some({nd})' if nd else 'None'})"), OBJ)
    if val.t in (INT, BOOL):
        v = tr.coerce(val, INT)
        return Val(f"pyrt::round_int_to({v.code}, {nd})" if nd else v.code, INT, v.prec)
    if val.t == NUM and nd is None:
        return Val(tr.fallible(f"pyrt::num_round({val.code})"), INT)
    if val.t == NUM:  # round(x, n) keeps the kind
        return Val(
            f"match {val.code} {{ pyrt::Num::Int(i) => pyrt::Num::Int(pyrt::round_int_to(i, {nd})),"
            f" pyrt::Num::Float(f) => pyrt::Num::Float(pyrt::round_float_to(f, {nd})) }}",
            NUM,
            LOWEST,
        )
    if val.t != FLOAT:
        raise Unsupported(node, f"round() of {val.t.python()}", "type-error")
    if nd is None:
        return Val(tr.fallible(f"pyrt::round_float({val.code})"), INT)
    return Val(f"pyrt::round_float_to({val.code}, {nd})", FLOAT)


@builtin("str")
def _str(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 0, 1, "str")
    if not args:
        return Val("String::new()", STR)
    return Val(tr.to_str(tr.expr(args[0])), STR)


@builtin("repr")
def _repr(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    (arg,) = _args(tr, node, 1, 1, "repr")
    return Val(tr.repr_code(tr.expr(arg)), STR)


@builtin("ascii")
def _ascii(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    (arg,) = _args(tr, node, 1, 1, "ascii")
    return Val(f"pyrt::ascii_escape(&{tr.repr_code(tr.expr(arg))})", STR)


@builtin("int")
def _int(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 0, 2, "int")
    consts = [constant_value(a) for a in args]
    if args and isinstance(consts[0], str) and all(c is not None for c in consts):
        try:
            value = int(*consts)  # type: ignore[call-overload]
        except (ValueError, TypeError):
            value = None  # raised at run time, as in Python
        if isinstance(value, int) and not fits_i64(value):
            return big_literal(value)  # `int("ff" * 20, 16)`
    kw = _kw(node, {"base"}, "int")
    if not args:
        return Val("0", INT, lit=0)
    val = tr.unwrap_opt(tr.expr(args[0]))
    base_node = kw.get("base", args[1] if len(args) > 1 else None)
    if val.t == STR:
        base = tr.coerce(tr.expr(base_node), INT).code if base_node is not None else "10"
        if expected == BIG:  # digits that make a big int
            return Val(tr.fallible(f"pyrt::Int::parse({val.borrow()}, {base})"), BIG)
        return Val(tr.fallible(f"pyrt::int_from_str({val.borrow()}, {base})"), INT)
    if val.t == BIG:
        return val
    if val.t == FRACTION:
        return fraction_builtin(tr, "int", val, None)  # type: ignore[return-value]
    if val.t == OBJ:
        return Val(tr.fallible(f"{val.receiver()}.to_int()"), INT)
    if val.t == FLOAT:
        return Val(tr.fallible(f"pyrt::int_from_float({val.code})"), INT)
    if val.t == NUM:
        return Val(tr.fallible(f"pyrt::num_int({val.code})"), INT)
    if val.t in (INT, BOOL):
        return tr.coerce(val, INT)
    if tr.defines(val.t, "__int__"):
        return tr.call_method(val, "__int__", ast.Call(func=node, args=[], keywords=[]), node)
    raise Unsupported(node, f"int() of {val.t.python()}", "type-error")


@builtin("float")
def _float(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 0, 1, "float")
    if not args:
        return Val("0.0", FLOAT)
    val = tr.unwrap_opt(tr.expr(args[0]))
    if val.t == FRACTION:
        return fraction_builtin(tr, "float", val, None)  # type: ignore[return-value]
    if val.t == STR:
        return Val(tr.fallible(f"pyrt::float_from_str({val.borrow()})"), FLOAT)
    if val.t == OBJ:
        return Val(tr.fallible(f"{val.receiver()}.to_float()"), FLOAT)
    if tr.defines(val.t, "__float__"):
        return tr.call_method(val, "__float__", ast.Call(func=node, args=[], keywords=[]), node)
    if is_num(val.t):
        return tr.coerce(val, FLOAT)
    raise Unsupported(node, f"float() of {val.t.python()}", "type-error")


@builtin("bool")
def _bool(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 0, 1, "bool")
    if not args:
        return Val("false", BOOL)
    return tr.truthy(tr.expr(args[0]))


@builtin("ord")
def _ord(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    (arg,) = _args(tr, node, 1, 1, "ord")
    return Val(tr.fallible(f"pyrt::ord_({tr.str_arg(arg)})"), INT)


@builtin("chr")
def _chr(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    (arg,) = _args(tr, node, 1, 1, "chr")
    return Val(tr.fallible(f"pyrt::chr_({tr.coerce(tr.expr(arg), INT, arg).code})"), STR)


@builtin("hex", "oct", "bin")
def _radix(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    (arg,) = _args(tr, node, 1, 1, node.func.id)  # type: ignore[attr-defined]
    val = tr.expr(arg)
    if val.t == BIG:
        return Val(f"pyrt::int_{node.func.id}({val.borrow()})", STR)  # type: ignore[attr-defined]
    value = tr.coerce(val, INT, arg).code
    return Val(f"pyrt::{node.func.id}_({value})", STR)  # type: ignore[attr-defined]


@builtin("divmod")
def _divmod(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    a, b = (tr.unwrap_opt(tr.expr(x)) for x in _args(tr, node, 2, 2, "divmod"))
    if FLOAT in (a.t, b.t):
        fa, fb = tr.coerce(a, FLOAT), tr.coerce(b, FLOAT)
        return Val(tr.fallible(f"pyrt::divmod_float({fa.code}, {fb.code})"), TupleT((FLOAT, FLOAT)))
    if BIG in (a.t, b.t):
        ba, bb = tr.to_big(a), tr.to_big(b)
        code = tr.fallible(f"pyrt::Int::divmod({ba.borrow()}, {bb.borrow()})")
        return Val(code, TupleT((BIG, BIG)))
    ia, ib = tr.coerce(a, INT, node), tr.coerce(b, INT, node)
    return Val(tr.fallible(f"pyrt::divmod_int({ia.code}, {ib.code})"), TupleT((INT, INT)))


@builtin("pow")
def _pow(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 2, 3, "pow")
    if len(args) == 3:
        vals = [tr.expr(a) for a in args]
        if any(v.t == BIG for v in vals):
            refs = ", ".join(tr.to_big(v).borrow() for v in vals)
            return Val(tr.fallible(f"pyrt::Int::pow_mod({refs})"), BIG)
        codes = [tr.coerce(v, INT, a).code for v, a in zip(vals, args)]
        return Val(tr.fallible(f"pyrt::pow_mod({', '.join(codes)})"), INT)
    return tr.binop(ast.Pow(), tr.expr(args[0]), tr.expr(args[1]), node)


@builtin("isinstance")
def _isinstance(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    obj, classes = _args(tr, node, 2, 2, "isinstance")
    val = tr.expr(obj)
    t = unopt(val.t)
    names = [
        c.id
        for c in (classes.elts if isinstance(classes, ast.Tuple) else [classes])
        if isinstance(c, ast.Name)
    ]
    if isinstance(val.t, ClassT):
        return tr.isinstance_check(val, names, node)
    if val.t == OBJ:
        return tr.obj_isinstance(val, names)
    if val.t == ANYOBJ:
        raise Unsupported(node, "isinstance() of a value of mixed types is not supported yet")
    if val.t == EXC:
        kinds = [k for n in names if tr.is_exception_class(n) for k in tr.exc_family(n)]
        listed = ", ".join(f'"{k}"' for k in kinds)
        return Val(f"{val.receiver()}.is(&[{listed}])", BOOL)
    table = {"int": (INT, BIG, BOOL), "float": (FLOAT,), "bool": (BOOL,), "str": (STR,)}
    kinds = {"list": ListT, "dict": DictT, "set": SetT, "tuple": TupleT}
    if t == NUM and set(names) <= {"int", "float", "bool", "str"}:  # decided by the variant
        arms = {"int": "pyrt::Num::Int(_)", "float": "pyrt::Num::Float(_)"}
        pattern = " | ".join(arms[n] for n in dict.fromkeys(names) if n in arms)
        return _when_present(val, f"matches!({{}}, {pattern})" if pattern else "false")
    hit = False
    for name in names:
        if name in table:
            hit = hit or t in table[name]
        elif name in kinds:
            hit = hit or isinstance(t, kinds[name])
        elif name not in tr.classes or isinstance(t, (Unknown, OptT)):
            raise Unsupported(node, f"isinstance() with {name}", "type-error")
        # else a user class: a value of a builtin type is never one of its instances
    return _when_present(val, "true" if hit else "false")


def _when_present(val: Val, test: str) -> Val:
    """``test`` (a format string over the value) where an optional value holds one: None is
    an instance of none of the types a test names."""
    if not isinstance(val.t, OptT):
        return Val(test.format(val.wrapped(UNARY)), BOOL)
    if test == "false":
        return Val("false", BOOL)
    inner = test.format("*__v")
    if "__v" not in inner:
        return Val(f"{val.wrapped(UNARY)}.is_some()", BOOL)
    return Val(f"match {val.borrow()} {{ Some(__v) => {inner}, None => false }}", BOOL)


@builtin("list")
def _list(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 0, 1, "list")
    if not args:
        return Val("List::new()", expected if isinstance(expected, ListT) else ListT(UNKNOWN))
    code, et = tr.iterate(args[0])
    if code.endswith(".iter()") and isinstance(tr.expr(args[0]).t, ListT):
        return Val(f"{code[: -len('.iter()')]}.copy()", ListT(et))
    code = chainable(code)
    return Val(f"{code}.into_iter().collect::<List<_>>()", ListT(et))


@builtin("set", "frozenset")
def _set(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    frozen = isinstance(node.func, ast.Name) and node.func.id == "frozenset"
    args = _args(tr, node, 0, 1, "frozenset" if frozen else "set")
    if not args:
        if isinstance(expected, SetT) and expected.frozen == frozen:
            return Val("Set::new()", expected)
        return Val("Set::new()", SetT(UNKNOWN, frozen))
    code, et = tr.iterate(args[0])
    code = chainable(code)
    return Val(f"Set::from_vec({code}.into_iter().collect())", SetT(et, frozen))


@builtin("dict")
def _dict(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 0, 1, "dict")
    if node.keywords:
        # dict(base, k=v, **more) is {**base, "k": v, **more}
        keys: list[ast.expr | None] = [
            None if kw.arg is None else ast.copy_location(ast.Constant(kw.arg), node)
            for kw in node.keywords
        ]
        values = [kw.value for kw in node.keywords]
        if args:
            base = args[0]
            if not isinstance(tr.expr(base).t, DictT):  # pairs: `dict(zip(ks, vs), M=1)`
                base = ast.copy_location(ast.Call(node.func, [base], []), base)
            keys, values = [None, *keys], [base, *values]
        lit = ast.copy_location(ast.Dict(keys=keys, values=values), node)
        return tr.expr(lit, expected)
    if not args:
        return Val(
            "Dict::new()", expected if isinstance(expected, DictT) else DictT(UNKNOWN, UNKNOWN)
        )
    val = tr.expr(args[0])
    if isinstance(val.t, DictT):
        return Val(f"{val.receiver()}.copy()", DictT(val.t.key, val.t.val))  # a plain dict
    code, et = tr.iterate_val(val, args[0])
    if not isinstance(et, TupleT) or len(et.items) != 2:
        raise Unsupported(node, "dict() needs an iterable of pairs", "type-error")
    return Val(f"Dict::from_pairs({code}.into_iter().collect())", DictT(*et.items))


@builtin("tuple")
def _tuple(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 0, 1, "tuple")
    if not args:
        return Val("Tuple::<i64>::from_vec(Vec::new())", SeqT(UNKNOWN))
    val = tr.expr(args[0])
    if isinstance(val.t, (TupleT, SeqT)):
        return val
    code, et = tr.iterate_val(val, args[0])
    code = chainable(code)
    return Val(f"{code}.into_iter().collect::<Tuple<_>>()", SeqT(et))


@builtin("input")
def _input(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 0, 1, "input")
    prompt = tr.str_arg(args[0]) if args else '""'
    return Val(tr.fallible(f"pyrt::input({prompt})"), STR)


@builtin("map", "filter")
def _map_filter(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    name = node.func.id  # type: ignore[attr-defined]
    if name == "map" and len(node.args) > 2 and not node.keywords:
        # map(f, xs, ys): f over the items of zip(xs, ys), stopping at the shortest
        zipped = ast.Call(func=ast.Name("zip", ast.Load()), args=node.args[1:], keywords=[])
        code, et = tr.iterate(ast.copy_location(zipped, node))
        return call_on_rows(tr, node.args[0], code, et)  # type: ignore[arg-type]
    fn, iterable = _args(tr, node, 2, 2, name)
    code, et = tr.iterate(iterable)
    if name == "filter" and isinstance(fn, ast.Constant) and fn.value is None:
        # filter(None, xs): the truthy items
        item = Val("(*x)", et)
        test = tr.truthy(item).code
        return Val(f"{chainable(code)}.into_iter().filter(|x| {test})", IterT(et), LOWEST)
    key, rt = tr.key_closure(fn, et)
    code = chainable(code)
    tmp = tr.fresh("f")
    if name == "map":
        return Val(
            f"{{ let {tmp} = {key}; {code}.into_iter().map(move |x| {tmp}(&x)) }}",
            IterT(rt),
            LOWEST,
        )
    test = tr.truthy(Val(f"{tmp}(x)", rt)).code
    return Val(
        f"{{ let {tmp} = {key}; {code}.into_iter().filter(move |x| {test}) }}", IterT(et), LOWEST
    )


ATOM_BUILTINS = frozenset(BUILTINS) | {"True", "False", "None"}
_ = (ATOM, OptT, FuncT)


@builtin("iter", GEN_ITER)
def _iter(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    (arg,) = _args(tr, node, 1, 1, "iter")
    val = tr.unwrap_opt(tr.expr(arg))
    if isinstance(val.t, IteratorT):
        return val  # iter() of an iterator is the iterator itself
    code, et = tr.iterate_val(val, arg)
    return Val(f"pyrt::PyIter::new({chainable(code)}.into_iter())", IteratorT(et))


@builtin("next", GEN_NEXT)
def _next(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    args = _args(tr, node, 1, 2, "next")
    val = tr.unwrap_opt(tr.expr(args[0]))
    if isinstance(val.t, IteratorT):
        step = Val(f"{val.receiver()}.next_item()", OptT(val.t.elem))
    elif isinstance(val.t, IterT):
        step = Val(f"{{ let mut it = {chainable(val.code)}; it.next() }}", OptT(val.t.elem))
    elif isinstance(val.t, ClassT) and tr.defines(val.t, "__next__"):
        call = ast.copy_location(ast.Call(func=node, args=[], keywords=[]), node)
        step = tr.call_method(val, "__next__", call, node)
    elif isinstance(val.t, Unknown):
        return Val("Default::default()", UNKNOWN)
    else:
        raise Unsupported(node, f"'{val.t.python()}' object is not an iterator", "type-error")
    if node.func.id == GEN_NEXT:  # type: ignore[attr-defined]
        return step  # the lowered generator tests for None itself
    et = step.t.inner if isinstance(step.t, OptT) else step.t
    if len(args) == 2 and isinstance(args[1], ast.Constant) and args[1].value is None:
        return Val(step.code, OptT(et), step.prec)  # next(it, None): the item or None
    if len(args) == 2:
        dv = tr.expr(args[1], et)
        t = tr.join_at(et, dv.t, node)  # `next(records, "none")`: a dict or a str
        default = tr.coerce(dv, t, node)
        if t != et:
            item = tr.coerce(Val("v", et), t, node).code
            return Val(
                f"match {step.code} {{ Some(v) => {item}, None => {default.code} }}", t, LOWEST
            )
        return Val(f"{step.wrapped(ATOM)}.unwrap_or_else(|| {default.code})", et)
    stop = tr.fallible("pyrt::stop_iteration()")
    return Val(f"match {step.code} {{ Some(v) => v, None => {stop} }}", et, LOWEST)


def _fromkeys(tr: Translator, node: ast.Call, cls: ast.expr) -> Val:
    """`dict.fromkeys(keys, value=None)`: every key maps to the one ``value``."""
    args = _args(tr, node, 1, 2, "fromkeys")
    value = args[1] if len(args) == 2 else ast.Constant(None)
    if not isinstance(value, (ast.Constant, ast.Name)):  # one object shared by every key
        raise Unsupported(value, "dict.fromkeys() with a value other than a name or constant")
    key = ast.Name("__fk", ast.Load())
    comp = ast.DictComp(
        key, value, [ast.comprehension(ast.Name("__fk", ast.Store()), args[0], [], 0)]
    )
    val = tr.expr(ast.fix_missing_locations(ast.copy_location(comp, node)))
    if isinstance(cls, ast.Name) and cls.id == "dict":
        return val
    t = val.t
    assert isinstance(t, DictT)
    return Val(val.code, DictT(t.key, t.val, "OrderedDict"), val.prec)


def _maketrans(tr: Translator, node: ast.Call) -> Val:
    """`str.maketrans(from, to[, delete])` or `str.maketrans({"a": "4", "s": None})`: a
    dict of code points."""
    if len(node.args) == 1 and isinstance(node.args[0], ast.Dict) and not node.keywords:
        table = node.args[0]
        keys: list[ast.expr | None] = []
        for k in table.keys:
            if isinstance(k, ast.Constant) and isinstance(k.value, str) and len(k.value) == 1:
                keys.append(ast.copy_location(ast.Constant(ord(k.value)), k))
            elif isinstance(k, ast.Constant) and isinstance(k.value, int):
                keys.append(k)
            else:
                raise Unsupported(node, "str.maketrans() keys must be characters or ints")
        if any(isinstance(v, ast.Constant) and isinstance(v.value, int) for v in table.values):
            raise Unsupported(node, "str.maketrans() with int values is not supported yet")
        lit = ast.copy_location(ast.Dict(keys, table.values), table)
        val = tr.expr(lit, DictT(INT, OptT(STR)))
        return tr.coerce(val, DictT(INT, OptT(STR)), node)
    if node.keywords or not 2 <= len(node.args) <= 3:
        raise Unsupported(node, "str.maketrans(from, to[, delete]) only", "type-error")
    parts = [tr.str_arg(a) for a in node.args] + ['""'] * (3 - len(node.args))
    return Val(tr.fallible(f"pyrt::str_maketrans({', '.join(parts)})"), DictT(INT, OptT(STR)))


@builtin("bytes")
def _bytes(tr: Translator, node: ast.Call, expected: PyType | None) -> Val:
    return bytes_call(tr, node)


METHOD_TABLES[str]["encode"] = str_encode
OPAQUE_METHODS["datetime.date"] = DATE_METHODS
OPAQUE_METHODS["hashlib.HASH"] = HASH_METHODS
OPAQUE_METHODS["datetime.timedelta"] = TIMEDELTA_METHODS
INT_METHODS["to_bytes"] = int_to_bytes

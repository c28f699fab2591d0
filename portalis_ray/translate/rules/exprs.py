"""Expression emission: Python expressions to Rust expressions with their types."""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from portalis_ray.translate.rules.bigint import big_coercion, big_literal, fits_i64, fold_constants
from portalis_ray.translate.rules.byteslib import (
    BYTES,
    bytes_binop,
    bytes_contains,
    bytes_literal,
)
from portalis_ray.translate.rules.classes import BINOP_DUNDERS
from portalis_ray.translate.rules.containers import COUNTER_BINOPS, dict_subscript
from portalis_ray.translate.rules.datetimelib import (
    DATE,
    TIMEDELTA,
    datetime_attribute,
    datetime_binop,
    timedelta_unary,
)
from portalis_ray.translate.rules.dynamic import obj_coercion
from portalis_ray.translate.rules.fractionlib import (
    FRACTION,
    fraction_attribute,
    fraction_binop,
    fraction_compare,
)
from portalis_ray.translate.rules.generic import note_meet
from portalis_ray.translate.rules.hashes import HASH, hash_attribute
from portalis_ray.translate.rules.records import record_display, record_get, record_keys
from portalis_ray.translate.rules.scope import COMPREHENSIONS
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
    RECORDS,
    STR,
    UNKNOWN,
    CallableT,
    ClassT,
    DequeT,
    DictT,
    IteratorT,
    IterT,
    ListT,
    ModuleT,
    ObjT,
    OpaqueT,
    OptT,
    PyType,
    RecordT,
    SeqT,
    SetT,
    TupleT,
    TypeConflict,
    Unknown,
    elem_type,
    is_int_enum,
    is_num,
    join,
    mentions,
    widen_join,
)
from portalis_ray.translate.rules.values import (
    ADD,
    AND,
    ATOM,
    BAND,
    BOR,
    BXOR,
    CAST,
    CMP,
    LOWEST,
    MUL,
    OR,
    SHIFT,
    UNARY,
    Unsupported,
    Val,
    indent,
    rust_float_literal,
    rust_str_literal,
)

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import Translator

_BIN_SYMBOL = {
    ast.Add: ("+", ADD),
    ast.Sub: ("-", ADD),
    ast.Mult: ("*", MUL),
    ast.BitAnd: ("&", BAND),
    ast.BitOr: ("|", BOR),
    ast.BitXor: ("^", BXOR),
    ast.LShift: ("<<", SHIFT),
    ast.RShift: (">>", SHIFT),
}
_CMP_SYMBOL = {
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
}
_SET_OPS = {
    ast.BitOr: "union",
    ast.BitAnd: "intersection",
    ast.Sub: "difference",
    ast.BitXor: "symmetric_difference",
}


# Module functions usable as values, with their usual arity and parameter type.
MODULE_FUNCTION_ARITY: dict[tuple[str, str], tuple[int, PyType]] = {
    **{
        ("math", f): (1, FLOAT)
        for f in [
            "sqrt",
            "exp",
            "sin",
            "cos",
            "tan",
            "asin",
            "acos",
            "atan",
            "sinh",
            "cosh",
            "tanh",
            "log",
            "log2",
            "log10",
            "fabs",
            "floor",
            "ceil",
            "trunc",
            "degrees",
            "radians",
        ]
    },
    ("math", "factorial"): (1, INT),
    ("math", "isqrt"): (1, INT),
    ("math", "gcd"): (2, INT),
    ("math", "hypot"): (2, FLOAT),
    ("math", "pow"): (2, FLOAT),
}
EMPTY_TUPLE = "Tuple::<i64>::from_vec(Vec::new())"  # `()`; typed where a tuple[T, ...] is due


def chainable(code: str) -> str:
    """Parenthesise a bare `a..b` range so a method can be chained onto it."""
    if ".." in code and not code.startswith(("(", "pyrt")):
        return f"({code})"
    return code


_UNARY_DUNDERS = {ast.USub: "__neg__", ast.UAdd: "__pos__", ast.Invert: "__invert__"}


def _with_hint(t: PyType, hint: PyType | None) -> PyType:
    """Widen ``t`` toward the type its destination expects, when the two agree."""
    if hint is None:
        return t
    try:
        return join(t, hint)
    except TypeConflict:
        return t  # the destination's own check reports (or splits) the conflict


def unopt(t: PyType) -> PyType:
    """The value type behind an Optional."""
    return t.inner if isinstance(t, OptT) else t



class ExprMixin:
    """Expression handlers, mixed into the Translator."""

    # ---------------------------------------------------------------- dispatch
    def expr(self: Translator, node: ast.expr, expected: PyType | None = None) -> Val:
        """Emit ``node``; ``expected`` guides empty literals and numeric widening."""
        handler = getattr(self, "e_" + type(node).__name__, None)
        if handler is None and hasattr(node, "reason"):
            raise Unsupported(node, node.reason)  # type: ignore[attr-defined]
        if handler is None:
            raise Unsupported(node, f"{type(node).__name__} expressions are not supported yet")
        val = handler(node, expected)
        if isinstance(node, _KEYED) and float_keyed(val.t):
            raise Unsupported(node, "dict keys and set items holding floats are not supported yet")
        return val

    # ---------------------------------------------------------------- coercion
    def coerce(self: Translator, val: Val, target: PyType, node: ast.AST | None = None) -> Val:
        """Convert ``val`` to ``target`` the way Python's value would be seen there."""
        src = val.t
        if src == target or isinstance(target, Unknown) or isinstance(src, Unknown):
            return val
        special = big_coercion(self, val, target) or obj_coercion(self, val, target)
        if special is not None:
            return special
        if is_int_enum(src) and target in (INT, FLOAT, NUM, BIG):
            return self.coerce(self.attribute(val, "value", node or ast.Pass()), target, node)
        if (
            isinstance(src, OpaqueT)
            and isinstance(target, OpaqueT)
            and src.rust_type == target.rust_type
        ):  # matches of patterns with other group counts
            return Val(val.code, target, val.prec, val.place, val.ref)
        if target == NUM and src in (INT, BOOL, FLOAT):
            inner = self.coerce(val, INT) if src == BOOL else val
            kind = "Float" if src == FLOAT else "Int"
            return Val(f"pyrt::Num::{kind}({inner.code})", NUM)
        if src == NUM and target == FLOAT:
            return Val(f"{val.receiver()}.to_f64()", FLOAT)
        if src == NUM and target == INT:  # Python raises where a float is used as an int
            return Val(self.fallible(f"pyrt::num_as_int({val.code})"), INT)
        if target == FLOAT and src in (INT, BOOL):
            if val.lit is not None and isinstance(val.lit, int) and not isinstance(val.lit, bool):
                return Val(
                    rust_float_literal(float(val.lit)), FLOAT, ATOM if val.lit >= 0 else UNARY
                )
            return Val(f"{val.wrapped(CAST)} as f64", FLOAT, CAST)
        if target == INT and src == BOOL:
            return Val(f"{val.wrapped(CAST)} as i64", INT, CAST)
        if isinstance(target, OptT):
            if src == NONE:
                return Val("None", target)
            if isinstance(src, OptT):
                if src.inner == target.inner or isinstance(src.inner, Unknown):
                    return val
                if isinstance(src.inner, OptT) and src.inner.inner == target.inner:
                    return Val(f"{val.wrapped(ATOM)}.flatten()", target)  # None either way
                inner = self.coerce(Val("v", src.inner), target.inner)
                if "?" in inner.code:  # a fallible conversion: not inside a closure
                    code = f"match {val.code} {{ Some(v) => Some({inner.code}), None => None }}"
                    return Val(code, target, LOWEST)
                return Val(f"{val.wrapped(ATOM)}.map(|v| {inner.code})", target)
            inner = self.coerce(val, target.inner, node)
            return Val(f"Some({inner.code})", target)
        if isinstance(src, OptT) and not isinstance(target, OptT):
            return self.coerce(self.unwrap_opt(val), target, node)
        if isinstance(target, SeqT) and isinstance(src, TupleT):
            tmp = self.fresh("t")
            items = ", ".join(
                self.coerce(Val(f"{tmp}.{i}", s), target.elem).code for i, s in enumerate(src.items)
            )
            return Val(
                f"{{ let {tmp} = {val.code}; Tuple::from_vec(vec![{items}]) }}", target, LOWEST
            )
        if (
            isinstance(target, TupleT)
            and isinstance(src, TupleT)
            and len(src.items) == len(target.items)
        ):
            tmp = self.fresh("t")
            parts = [
                self.coerce(Val(f"{tmp}.{i}", s), d).code
                for i, (s, d) in enumerate(zip(src.items, target.items))
            ]
            tail = "," if len(parts) == 1 else ""
            return Val(f"{{ let {tmp} = {val.code}; ({', '.join(parts)}{tail}) }}", target, LOWEST)
        if (
            isinstance(src, DictT)
            and isinstance(target, DictT)
            and src.kind != target.kind
            and (src.key, src.val) == (target.key, target.val)
        ):
            return Val(val.code, target, val.prec, val.place, val.ref)  # same Rust type
        if isinstance(src, DequeT) and isinstance(target, DequeT) and src.has_unknown():
            return Val(val.code, target, val.prec, val.place, val.ref)
        if isinstance(src, SeqT) and isinstance(target, SeqT) and val.code == EMPTY_TUPLE:
            return Val(f"Tuple::<{target.elem.rust()}>::from_vec(Vec::new())", target)
        if (
            isinstance(src, SeqT)
            and isinstance(src.elem, Unknown)
            and isinstance(target, SeqT)
            and not target.has_unknown()
        ):  # no item ever said its type: an empty tuple (taken from a bigger one here)
            empty = f"Tuple::<{target.elem.rust()}>::from_vec(Vec::new())"
            return Val(f"{{ let _ = {val.code}; {empty} }}", target)
        if type(src) is type(target) and isinstance(src, (ListT, SetT, DictT, SeqT, RecordT)):
            if src.has_unknown():
                if mentions(target, RecordT) and isinstance(node, ast.expr):
                    self.refine(node, target)  # a record's empty list learns its items' type
                return Val(val.code, target, val.prec, val.place, val.ref)
            try:
                if widen_join(src, target) == target and src != target:
                    return self.convert_container(val, target)
            except TypeConflict:
                pass
        if isinstance(src, IterT) and isinstance(target, IterT):
            return val
        if (
            isinstance(src, CallableT)
            and isinstance(target, CallableT)
            and len(src.params) == len(target.params)
            and not src.has_unknown()
            and not target.has_unknown()
        ):  # `math.sin` where a function of ints and floats is due: convert at the call
            names = [f"a{i}" for i in range(len(src.params))]
            try:
                args = [
                    self.coerce(Val(n, t, place=n), s).code
                    for n, t, s in zip(names, target.params, src.params)
                ]
                ret = self.coerce(Val("r", src.ret, place="r"), target.ret).code
            except Unsupported:
                args = []
            if args and "?" not in "".join(args) + ret:
                pattern = "".join(f"{n}, " for n in names).rstrip(" ")
                types = "".join(f"{t.rust()}, " for t in target.params).rstrip(" ")
                call = f"f.call(({''.join(f'{a}, ' for a in args).rstrip(' ')}))"
                body = f"let r = {call}?; Ok({ret})"
                code = (
                    f"{{ let f = {val.code}; pyrt::Func::new(move |({pattern}): ({types})| "
                    f"{{ {body} }}) }}"
                )
                return Val(code, target, LOWEST)
        if isinstance(src, (IteratorT, IterT)) and isinstance(target, (ListT, IteratorT)):
            # A generator where a list is wanted is collected; int items widen to float.
            item = self.coerce(Val("x", src.elem), target.elem, node).code
            code = chainable(val.code) + (f".map(|x| {item})" if item != "x" else "")
            if isinstance(target, ListT):
                return Val(f"{code}.collect::<List<_>>()", target)
            return Val(f"pyrt::PyIter::new({code})", target)
        if not self.final:
            return Val(val.code, target, val.prec)
        note_meet(src, target)
        raise Unsupported(
            node,
            f"a value of type {src.python()} is used where {target.python()} is needed",
            "type-error",
        )

    def convert_container(self: Translator, val: Val, target: PyType) -> Val:
        """Widen a container's elements (list[int] -> list[float]) by copying."""
        item = self.coerce(Val("x", elem_type(val.t) or UNKNOWN), elem_type(target) or UNKNOWN)
        if isinstance(target, ListT):
            return Val(f"{val.receiver()}.iter().map(|x| {item.code}).collect::<List<_>>()", target)
        if isinstance(target, SeqT):  # an immutable tuple: a copy is the same value
            code = f"Tuple::from_vec({val.receiver()}.iter().map(|x| {item.code}).collect())"
            return Val(code, target)
        if isinstance(target, DictT) and isinstance(val.t, DictT) and val.t.key == target.key:
            conv = self.coerce(Val("v", val.t.val), target.val).code
            return Val(
                f"Dict::from_pairs({val.receiver()}.items().into_iter()"
                f".map(|(k, v)| (k, {conv})).collect())",
                target,
            )
        raise Unsupported(
            None, f"cannot convert {val.t.python()} to {target.python()}", "type-error"
        )

    def unwrap_opt(self: Translator, val: Val) -> Val:
        """Use an Optional where its value is required (None would raise in Python too)."""
        if not isinstance(val.t, OptT):
            return val
        return Val(self.fallible(f"pyrt::expect_some({val.code})"), val.t.inner)

    def truthy(self: Translator, val: Val) -> Val:
        """``bool(val)`` as a Rust bool expression."""
        t = val.t
        if t == BOOL:
            return val
        if t == INT:
            return Val(f"{val.wrapped(CMP + 1)} != 0", BOOL, CMP)
        if t == FLOAT:
            return Val(f"{val.wrapped(CMP + 1)} != 0.0", BOOL, CMP)
        if t == STR:
            return Val(f"!{val.receiver()}.is_empty()", BOOL, UNARY)
        if t == NONE:
            return Val("false", BOOL)
        return Val(f"{val.receiver()}.py_bool()", BOOL)

    # ---------------------------------------------------------------- conditions
    def cond(self: Translator, node: ast.expr) -> Val:
        """A test in boolean context (`if`, `while`, `and`/`or` there): a Rust bool."""
        if isinstance(node, ast.BoolOp):
            is_and = isinstance(node.op, ast.And)
            saved = set(self.narrowed)
            parts = []
            for value in node.values:
                parts.append(self.cond(value))
                self.narrowed |= self.facts(value, is_and)
            self.narrowed = saved
            sym, prec = ("&&", AND) if is_and else ("||", OR)
            return Val(f" {sym} ".join(p.wrapped(prec + 1) for p in parts), BOOL, prec)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return self.negate(self.cond(node.operand))
        return self.truthy(self.expr(node))

    @staticmethod
    def negate(val: Val) -> Val:
        """`!val`, without stacking a second `!` on an already negated test."""
        if val.prec == UNARY and val.code.startswith("!"):
            return Val(val.code[1:], BOOL, ATOM)
        return Val(f"!{val.wrapped(UNARY)}", BOOL, UNARY)

    def facts(self: Translator, node: ast.expr, positive: bool) -> set[str]:
        """Names known not to be None when ``node`` tests ``positive``."""
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return self.facts(node.operand, not positive)
        if isinstance(node, ast.BoolOp):
            parts = [self.facts(v, positive) for v in node.values]
            if isinstance(node.op, ast.And) == positive:
                return set().union(*parts)
            return set.intersection(*parts) if parts else set()
        if (
            isinstance(node, ast.Compare)
            and len(node.ops) == 1
            and isinstance(node.left, ast.Name)
            and isinstance(node.comparators[0], ast.Constant)
            and node.comparators[0].value is None
        ):
            op = node.ops[0]
            if isinstance(op, (ast.IsNot, ast.NotEq)) == positive and isinstance(
                op, (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)
            ):
                return {node.left.id}
            return set()
        if isinstance(node, ast.Name) and positive:
            return {node.id}
        if (
            isinstance(node, ast.Compare)
            and positive
            and isinstance(node.left, ast.Name)
            and all(
                isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.In))
                for op in node.ops
            )
        ):
            return {node.left.id}
        return set()

    # ---------------------------------------------------------------- atoms
    def e_Constant(self: Translator, node: ast.Constant, expected: PyType | None) -> Val:
        v = node.value
        if isinstance(v, bool):
            return Val("true" if v else "false", BOOL, lit=v)
        if isinstance(v, int):
            if not fits_i64(v):
                return big_literal(v)
            return Val(str(v), INT, lit=v)  # an int stays an int, even in a float's place
        if isinstance(v, float):
            return Val(rust_float_literal(v), FLOAT, ATOM if v >= 0 else UNARY, lit=v)
        if isinstance(v, str):
            lit = rust_str_literal(v)
            return Val(f"{lit}.to_string()", STR, ref=lit, lit=v)
        if v is None:
            if isinstance(expected, OptT):
                return Val("None", expected)
            return Val("()", NONE)
        if isinstance(v, bytes):
            return bytes_literal(v)
        raise Unsupported(node, f"{type(v).__name__} literals are not supported yet")

    def e_Name(self: Translator, node: ast.Name, expected: PyType | None) -> Val:
        return self.load_name(node, expected)

    def e_JoinedStr(self: Translator, node: ast.JoinedStr, expected: PyType | None) -> Val:
        return self.fstring(node)

    # ---------------------------------------------------------------- operators
    def e_BinOp(self: Translator, node: ast.BinOp, expected: PyType | None) -> Val:
        named = _named_percent(node)
        if named is not None:  # "%(count)d" % mapping: the mapping's items as a tuple
            return self.expr(named, expected)
        left = self.expr(node.left, expected if isinstance(node.op, ast.Add) else None)
        dunder = BINOP_DUNDERS[type(node.op)]
        if self.defines(left.t, dunder):
            call = ast.copy_location(ast.Call(func=node, args=[node.right], keywords=[]), node)
            return self.call_method(self.unwrap_opt(left), dunder, call, node)
        reflected = "__r" + dunder[2:]
        if isinstance(node.left, (ast.Name, ast.Constant)) and isinstance(node.right, ast.Name):
            # `2 * v`: v.__rmul__(2) when the left operand has no such operator (pure operands
            # only, so evaluating the right one first changes nothing).
            right = self.expr(node.right)
            if self.defines(right.t, reflected) and not self.defines(left.t, dunder):
                call = ast.copy_location(ast.Call(func=node, args=[node.left], keywords=[]), node)
                return self.call_method(self.unwrap_opt(right), reflected, call, node)
        right = self.expr(node.right, expected if isinstance(node.op, ast.Add) else None)
        return self.binop(node.op, left, right, node)

    def generator_iter(self: Translator, val: Val, node: ast.AST) -> tuple[str, PyType]:
        """An object with `__next__` (a lowered generator) as a Rust iterator."""
        self.push_scope(closure=True)
        try:
            rust = self.declare_scoped("__gen__", val.t)
            me = ast.copy_location(ast.Name(id="__gen__", ctx=ast.Load()), node)
            step = self.call_method(
                self.expr(me), "__next__", ast.Call(func=me, args=[], keywords=[]), node
            )
        finally:
            self.pop_scope()
        # `__next__` returns the item or None; before its item type is known it is just None.
        et = step.t.inner if isinstance(step.t, OptT) else UNKNOWN
        code = f"{{ let {rust} = {val.code}; std::iter::from_fn(move || {step.code}) }}"
        return code, et

    def defines(self: Translator, t: PyType, method: str) -> bool:
        """Whether instances of ``t`` (a user class) have ``method`` somewhere in the family."""
        cls = self.class_of(unopt(t))
        return cls is not None and self.declares(cls.root, method)

    def binop(self: Translator, op: ast.operator, left: Val, right: Val, node: ast.AST) -> Val:
        if is_int_enum(left.t):  # `Coin.DIME * 3`: an IntEnum member is an int
            left = self.coerce(left, INT, node)
        if is_int_enum(right.t):
            right = self.coerce(right, INT, node)
        if FRACTION in (left.t, right.t):
            exact = fraction_binop(self, op, left, right, node)
            if exact is not None:
                return exact
        if {left.t, right.t} & {DATE, TIMEDELTA}:
            dated = datetime_binop(self, op, left, right, node)
            if dated is not None:
                return dated
        """Python binary operator semantics for already-emitted operands."""
        lt, rt = unopt(left.t), unopt(right.t)
        left, right = self.unwrap_opt(left), self.unwrap_opt(right)
        if isinstance(lt, Unknown) or isinstance(rt, Unknown):
            return Val("0", UNKNOWN)
        if OBJ in (lt, rt):
            return self.obj_binop(op, left, right, node)
        if is_num(lt) and is_num(rt):
            return self.numeric_binop(op, left, right, node)
        kind = type(op)
        if lt == STR and rt == STR and kind is ast.Add:
            return Val(f"{left.wrapped(ADD)} + {right.str_view()}", STR, ADD)
        if lt == STR and rt in (INT, BOOL) and kind is ast.Mult:
            return Val(f"pyrt::str_repeat({left.borrow()}, {self.coerce(right, INT).code})", STR)
        if lt in (INT, BOOL) and rt == STR and kind is ast.Mult:
            return Val(f"pyrt::str_repeat({right.borrow()}, {self.coerce(left, INT).code})", STR)
        if lt == STR and kind is ast.Mod:
            return self.percent_format(left, right, node)
        if BYTES in (lt, rt):
            joined = bytes_binop(self, op, left, right)
            if joined is not None:
                return joined
        if isinstance(lt, ListT) and isinstance(rt, ListT) and kind is ast.Add:
            t = self.join_at(lt, rt, node)
            left, right = self.coerce(left, t, node), self.coerce(right, t, node)
            return Val(f"{left.receiver()}.concat({right.borrow()})", t)
        if isinstance(lt, ListT) and rt in (INT, BOOL) and kind is ast.Mult:
            return Val(f"{left.receiver()}.repeat({self.coerce(right, INT).code})", lt)
        if lt in (INT, BOOL) and isinstance(rt, ListT) and kind is ast.Mult:
            return Val(f"{right.receiver()}.repeat({self.coerce(left, INT).code})", rt)
        if (
            isinstance(lt, DictT)
            and lt.kind == "Counter"
            and isinstance(rt, DictT)
            and kind in COUNTER_BINOPS
        ):
            t = self.join_at(lt, rt, node)
            code = f"pyrt::counter_{COUNTER_BINOPS[kind]}(&{left.code}, &{right.code})"
            return Val(code, t)
        if isinstance(lt, DictT) and isinstance(rt, DictT) and kind is ast.BitOr:
            t = self.join_at(lt, rt, node)
            d = self.fresh("d")
            a, b = self.coerce(left, t, node), self.coerce(right, t, node)
            code = f"{{ let {d} = {a.receiver()}.copy(); {d}.update(&{b.code}); {d} }}"
            return Val(code, t, LOWEST)
        if isinstance(lt, SetT) and isinstance(rt, SetT) and kind in _SET_OPS:
            t = self.join_at(lt, rt, node)
            return Val(f"{left.receiver()}.{_SET_OPS[kind]}({right.borrow()})", t)
        if isinstance(lt, TupleT) and kind is ast.Mult and isinstance(right.lit, int):
            tmp = self.fresh("t")
            n = max(right.lit, 0)
            fields = [
                f"{tmp}.{i}" if t.is_copy() else f"{tmp}.{i}.clone()"
                for _ in range(n)
                for i, t in enumerate(lt.items)
            ]
            tail = "," if len(fields) == 1 else ""
            code = f"{{ let {tmp} = {left.code}; ({', '.join(fields)}{tail}) }}"
            return Val(code, TupleT(lt.items * n), LOWEST)
        if isinstance(lt, TupleT) and isinstance(rt, TupleT) and kind is ast.Add:
            a, b = self.fresh("a"), self.fresh("b")
            parts = [f"{a}.{i}" for i in range(len(lt.items))]
            parts += [f"{b}.{i}" for i in range(len(rt.items))]
            code = f"{{ let {a} = {left.code}; let {b} = {right.code}; ({', '.join(parts)}) }}"
            return Val(code, TupleT(lt.items + rt.items), LOWEST)
        raise Unsupported(
            node,
            f"operator {type(op).__name__} on {lt.python()} and {rt.python()} is not supported",
            "type-error",
        )

    def numeric_binop(
        self: Translator, op: ast.operator, left: Val, right: Val, node: ast.AST
    ) -> Val:
        """Arithmetic on bool/int/float with Python's promotion and rounding rules."""
        kind = type(op)
        lt, rt = left.t, right.t
        folded = fold_constants(kind, left, right)
        if folded is not None:
            return folded
        if self.wants_big(op, left, right, node):
            return self.big_binop(op, left, right, node)
        if NUM in (lt, rt) and FLOAT not in (lt, rt):
            return self.num_binop(op, left, right, node)
        if NUM in (lt, rt):  # anything with a float is a float
            left, right = self.coerce(left, FLOAT), self.coerce(right, FLOAT)
            lt, rt = FLOAT, FLOAT
        is_float = FLOAT in (lt, rt)
        if kind in (ast.BitAnd, ast.BitOr, ast.BitXor) and lt == BOOL and rt == BOOL:
            sym, prec = _BIN_SYMBOL[kind]
            return Val(f"{left.wrapped(prec)} {sym} {right.wrapped(prec + 1)}", BOOL, prec)
        if kind is ast.Div:
            a, b = self.coerce(left, FLOAT), self.coerce(right, FLOAT)
            if (
                isinstance(right.lit, (int, float))
                and right.lit != 0
                and not isinstance(right.lit, bool)
            ):
                return Val(f"{a.wrapped(MUL)} / {b.wrapped(MUL + 1)}", FLOAT, MUL)
            if not is_float:
                a, b = self.coerce(left, INT), self.coerce(right, INT)
                return Val(self.fallible(f"pyrt::truediv_int({a.code}, {b.code})"), FLOAT)
            return Val(self.fallible(f"pyrt::truediv({a.code}, {b.code})"), FLOAT)
        target = FLOAT if is_float else INT
        a, b = self.coerce(left, target), self.coerce(right, target)
        if kind in (ast.FloorDiv, ast.Mod):
            name = "floordiv" if kind is ast.FloorDiv else "mod"
            if target == INT and isinstance(right.lit, int) and right.lit > 0:
                # Floor and Euclid agree for a positive divisor.
                method = "div_euclid" if kind is ast.FloorDiv else "rem_euclid"
                return Val(f"i64::{method}({a.code}, {b.code})", INT)
            suffix = "float" if target == FLOAT else "int"
            return Val(self.fallible(f"pyrt::{name}_{suffix}({a.code}, {b.code})"), target)
        if kind is ast.Pow:
            if target == INT:
                if isinstance(right.lit, int) and 0 <= right.lit < 64:
                    return Val(f"i64::pow({a.code}, {right.lit})", INT)
                if isinstance(right.lit, int):
                    fa, fb = self.coerce(left, FLOAT), self.coerce(right, FLOAT)
                    return Val(self.fallible(f"pyrt::pow_float({fa.code}, {fb.code})"), FLOAT)
                return Val(self.fallible(f"pyrt::pow_int({a.code}, {b.code})"), INT)
            return Val(self.fallible(f"pyrt::pow_float({a.code}, {b.code})"), FLOAT)
        if kind in (ast.LShift, ast.RShift, ast.BitAnd, ast.BitOr, ast.BitXor) and is_float:
            raise Unsupported(node, "bitwise operators need int operands", "type-error")
        if kind not in _BIN_SYMBOL:
            raise Unsupported(node, f"operator {kind.__name__} is not supported")
        sym, prec = _BIN_SYMBOL[kind]
        shift = right.lit if isinstance(right.lit, int) else None
        if kind is ast.LShift:  # checked: Python's result may need more than 64 bits
            return Val(self.fallible(f"pyrt::shl_int({a.code}, {b.code})"), INT)
        if kind is ast.RShift and (shift is None or not 0 <= shift < 64):
            return Val(self.fallible(f"pyrt::shr_int({a.code}, {b.code})"), INT)
        return Val(f"{a.wrapped(prec)} {sym} {b.wrapped(prec + 1)}", target, prec)

    def num_binop(self: Translator, op: ast.operator, left: Val, right: Val, node: ast.AST) -> Val:
        """Arithmetic where an operand is `int | float`: the kind is decided at run time."""
        kind = type(op)
        a, b = self.coerce(left, NUM), self.coerce(right, NUM)
        if kind is ast.Div:
            return Val(self.fallible(f"pyrt::num_truediv({a.code}, {b.code})"), FLOAT)
        named = {ast.FloorDiv: "floordiv", ast.Mod: "mod", ast.Pow: "pow"}
        if kind in named:
            return Val(self.fallible(f"pyrt::num_{named[kind]}({a.code}, {b.code})"), NUM)
        if kind not in (ast.Add, ast.Sub, ast.Mult):
            raise Unsupported(node, "bitwise operators need int operands", "type-error")
        sym, prec = _BIN_SYMBOL[kind]
        return Val(f"{a.wrapped(prec)} {sym} {b.wrapped(prec + 1)}", NUM, prec)

    def e_UnaryOp(self: Translator, node: ast.UnaryOp, expected: PyType | None) -> Val:
        operand = self.expr(node.operand, expected)
        if isinstance(node.op, ast.Not):
            return self.negate(self.cond(node.operand))
        dunder = _UNARY_DUNDERS.get(type(node.op), "")
        if self.defines(operand.t, dunder):
            call = ast.copy_location(ast.Call(func=node, args=[], keywords=[]), node)
            return self.call_method(self.unwrap_opt(operand), dunder, call, node)
        operand = self.unwrap_opt(operand)
        if is_int_enum(operand.t):  # `-Priority.HIGH` is -3
            operand = self.coerce(operand, INT, node)
        if operand.t == TIMEDELTA:
            delta = timedelta_unary(self, node.op, operand)
            if delta is not None:
                return delta
        if operand.t == FRACTION and isinstance(node.op, (ast.USub, ast.UAdd)):
            return (
                Val(f"{operand.receiver()}.neg()", FRACTION)
                if isinstance(node.op, ast.USub)
                else operand
            )
        if isinstance(operand.t, Unknown):
            return operand
        if operand.t == OBJ and isinstance(node.op, ast.USub):
            return Val(self.fallible(f"{operand.receiver()}.neg()"), OBJ)
        t = operand.t
        if (
            isinstance(t, DictT)
            and t.kind == "Counter"
            and isinstance(node.op, (ast.UAdd, ast.USub))
        ):
            # `+c` is `c + Counter()` (drops counts <= 0), `-c` is `Counter() - c`
            empty = "pyrt::counter_new()"
            a, b = (operand.code, empty) if isinstance(node.op, ast.UAdd) else (empty, operand.code)
            op = "add" if isinstance(node.op, ast.UAdd) else "sub"
            return Val(f"pyrt::counter_{op}(&{a}, &{b})", t)
        if not is_num(operand.t):
            raise Unsupported(node, f"unary operator on {operand.t.python()}", "type-error")
        if operand.t == BOOL:
            operand = self.coerce(operand, INT)
        if operand.t == BIG:
            return self.big_unary(node.op, operand)
        if isinstance(node.op, ast.UAdd):
            return operand
        if isinstance(node.op, ast.USub):
            lit = -operand.lit if isinstance(operand.lit, (int, float)) else None
            return Val(f"-{operand.wrapped(UNARY)}", operand.t, UNARY, lit=lit)
        if operand.t != INT:
            raise Unsupported(node, "~ needs an int operand", "type-error")
        return Val(f"!{operand.wrapped(UNARY)}", INT, UNARY)

    def e_BoolOp(self: Translator, node: ast.BoolOp, expected: PyType | None) -> Val:
        is_and = isinstance(node.op, ast.And)
        saved = set(self.narrowed)
        vals = []
        for v in node.values:
            vals.append(self.expr(v, expected))
            self.narrowed |= self.facts(v, is_and)
        self.narrowed = saved
        if all(v.t == BOOL for v in vals):
            sym, prec = ("&&", AND) if is_and else ("||", OR)
            return Val(f" {sym} ".join(v.wrapped(prec + 1) for v in vals), BOOL, prec)
        # `a or b` yields an operand, not a bool: evaluate each once, test truthiness.
        t: PyType = UNKNOWN
        for v in vals:
            t = self.join_at(t, v.t, node)
        result = self.coerce(vals[-1], t, node).code
        for v in reversed(vals[:-1]):
            tmp = self.fresh("v")
            test = self.truthy(Val(tmp, v.t, place=tmp)).code
            first = self.coerce(Val(tmp, v.t, place=tmp), t, node).code
            branches = (
                f"{{ {result} }} else {{ {first} }}"
                if is_and
                else f"{{ {first} }} else {{ {result} }}"
            )
            result = f"{{ let {tmp} = {v.code}; if {test} {branches} }}"
        return Val(result, t, LOWEST)

    def e_Compare(self: Translator, node: ast.Compare, expected: PyType | None) -> Val:
        operands = [node.left, *node.comparators]
        vals = [self.expr(operands[0])]
        prelude = []
        for i, sub in enumerate(operands[1:], start=1):
            val = self.expr(sub)
            if i < len(operands) - 1 and val.place is None and val.lit is None:
                tmp = self.fresh("c")
                prelude.append(f"let {tmp} = {val.code};")
                val = Val(tmp, val.t, place=tmp)
            vals.append(val)
        if len(vals) == 2 and BIG in (vals[0].t, vals[1].t):
            # `int(s, b) == n` with n a big int: the digits are parsed as one too
            for i, sub in enumerate(operands):
                if vals[i].t == INT and _parses_int(sub):
                    vals[i] = self.expr(sub, BIG)
        parts = [self.compare(op, vals[i], vals[i + 1], node) for i, op in enumerate(node.ops)]
        code = " && ".join(p.wrapped(AND + 1) for p in parts) if len(parts) > 1 else parts[0].code
        prec = AND if len(parts) > 1 else parts[0].prec
        if prelude:
            return Val(f"{{ {' '.join(prelude)} {code} }}", BOOL, LOWEST)
        return Val(code, BOOL, prec)

    def compare(self: Translator, op: ast.cmpop, left: Val, right: Val, node: ast.AST) -> Val:
        """One comparison ``left op right`` as a Rust bool."""
        if isinstance(op, (ast.Is, ast.IsNot)):
            return self.identity(op, left, right, node)
        if isinstance(op, (ast.In, ast.NotIn)):
            if isinstance(right.t, OptT):  # TypeError in Python when it is None
                right = self.unwrap_opt(right)
            if self.defines(right.t, "__contains__"):
                val = self.call_method_with(self.unwrap_opt(right), "__contains__", [left], node)
            else:
                val = self.contains(right, left, node)
            if isinstance(op, ast.NotIn):
                return Val(f"!{val.wrapped(UNARY)}", BOOL, UNARY)
            return val
        sym = _CMP_SYMBOL[type(op)]
        if NONE in (left.t, right.t) and sym in ("==", "!="):
            return self.identity(ast.Is() if sym == "==" else ast.IsNot(), left, right, node)
        if isinstance(left.t, OptT) != isinstance(right.t, OptT) and sym not in ("==", "!="):
            left, right = self.unwrap_opt(left), self.unwrap_opt(right)
        lt, rt = left.t, right.t
        if isinstance(lt, Unknown) or isinstance(rt, Unknown):
            return Val("false", BOOL)
        if FRACTION in (lt, rt) and sym not in ("is", "is not"):
            exact = fraction_compare(self, sym, left, right)
            if exact is not None:
                return exact
        if (is_int_enum(lt) or is_int_enum(rt)) and all(
            is_int_enum(x) or x in (INT, BOOL, FLOAT, BIG) for x in (lt, rt)
        ):  # IntEnum members compare as their values
            return self.compare(op, self.as_number(left, node), self.as_number(right, node), node)
        if isinstance(lt, ClassT) and not isinstance(rt, ClassT):
            mixed = self.mixed_compare(sym, left, right, node)  # `money <= 4`
            if mixed is not None:
                return mixed
        if isinstance(rt, ClassT) and not isinstance(lt, (ClassT, OptT)):
            flipped = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}.get(sym, sym)
            mixed = self.mixed_compare(flipped, right, left, node)  # `4 >= money`
            if mixed is not None:
                return mixed
        if OBJ in (unopt(lt), unopt(rt)) or ANYOBJ in (unopt(lt), unopt(rt)):
            return self.obj_compare(op, left, right, node)
        if is_num(lt) and is_num(rt):
            target = (
                NUM
                if NUM in (lt, rt)
                else FLOAT
                if FLOAT in (lt, rt)
                else BIG
                if BIG in (lt, rt)
                else INT
                if INT in (lt, rt)
                else BOOL
            )
            if target == FLOAT and BIG in (lt, rt):  # exact: `math.inf > 10**400`
                x, n = (left, right) if lt == FLOAT else (right, left)
                ordering = f"pyrt::cmp_float_int({self.coerce(x, FLOAT).code}, {n.borrow()})"
                if lt != FLOAT:
                    ordering += ".map(|o| o.reverse())"
                test = {
                    "==": "== Some(std::cmp::Ordering::Equal)",
                    "!=": "!= Some(std::cmp::Ordering::Equal)",
                }
                if sym in test:
                    return Val(f"{ordering} {test[sym]}", BOOL, CMP)
                return Val(f"{ordering}.map_or(false, |o| o {sym} std::cmp::Ordering::Equal)", BOOL)
            a, b = self.coerce(left, target), self.coerce(right, target)
            if target == BIG:
                return Val(f"{self.cmp_operand(a)} {sym} {self.cmp_operand(b)}", BOOL, CMP)
            # `x as f64 < y` parses `<` as generics: parenthesise casts.
            return Val(f"{a.wrapped(CAST + 1)} {sym} {b.wrapped(CAST + 1)}", BOOL, CMP)
        if lt == STR and rt == STR:
            return Val(f"{left.str_view()} {sym} {right.str_view()}", BOOL, CMP)
        t = self.join_at(lt, rt, node)
        a, b = self.coerce(left, t, node), self.coerce(right, t, node)
        if isinstance(t, DictT) and sym not in ("==", "!="):
            raise Unsupported(node, "ordering comparison of dicts", "type-error")
        return Val(f"{self.cmp_operand(a)} {sym} {self.cmp_operand(b)}", BOOL, CMP)

    def as_number(self: Translator, val: Val, node: ast.AST) -> Val:
        return self.coerce(val, INT, node) if is_int_enum(val.t) else val

    def mixed_compare(
        self: Translator, sym: str, left: Val, right: Val, node: ast.AST
    ) -> Val | None:
        """An instance compared with a value of another type: its own dunder methods, the
        missing ones derived as `functools.total_ordering` does."""

        def call(dunder: str) -> Val | None:
            if not self.defines(left.t, dunder):
                return None
            return self.truthy(self.call_method_with(left, dunder, [right], node))

        direct = {"==": "__eq__", "!=": "__ne__", "<": "__lt__", ">": "__gt__"}
        direct.update({"<=": "__le__", ">=": "__ge__"})
        got = call(direct[sym])
        if got is not None:
            return got
        eq, lt_ = call("__eq__"), call("__lt__")
        derived = {
            "!=": None if eq is None else f"!{eq.wrapped(UNARY)}",
            "<=": None if lt_ is None or eq is None else f"({lt_.code} || {eq.code})",
            ">=": None if lt_ is None else f"!{lt_.wrapped(UNARY)}",
            ">": None
            if lt_ is None or eq is None
            else f"(!{lt_.wrapped(UNARY)} && !{eq.wrapped(UNARY)})",
        }.get(sym)
        return None if derived is None else Val(derived, BOOL, UNARY)

    def cmp_operand(self: Translator, val: Val) -> str:
        if val.place is not None:
            return val.place
        return val.wrapped(CMP + 1)

    def identity(self: Translator, op: ast.cmpop, left: Val, right: Val, node: ast.AST) -> Val:
        """``x is None`` / ``x is not None``; other identity tests are not translatable."""
        negate = isinstance(op, ast.IsNot)
        if NONE in (right.t, left.t):
            other = left if right.t == NONE else right
            if isinstance(other.t, OptT):
                method = "is_some" if negate else "is_none"
                return Val(f"{other.receiver()}.{method}()", BOOL)
            if other.t == NONE:
                return Val("false" if negate else "true", BOOL)
            if isinstance(other.t, ObjT):
                test = f"{other.receiver()}.is_none()"
                return Val(f"!{test}" if negate else test, BOOL, UNARY if negate else ATOM)
            return Val("true" if negate else "false", BOOL)
        if isinstance(left.t, (type(BOOL),)) and left.t == right.t and left.t == BOOL:
            sym = "!=" if negate else "=="
            return Val(f"{left.wrapped(CMP + 1)} {sym} {right.wrapped(CMP + 1)}", BOOL, CMP)
        if isinstance(unopt(left.t), ClassT) and isinstance(unopt(right.t), ClassT):
            a, b = self.unwrap_opt(left), self.unwrap_opt(right)
            test = f"std::rc::Rc::ptr_eq(&{a.receiver()}.d, &{b.receiver()}.d)"
            return Val(f"!{test}" if negate else test, BOOL, UNARY if negate else ATOM)
        raise Unsupported(node, "identity comparison (`is`) other than with None")

    def contains(self: Translator, container: Val, item: Val, node: ast.AST) -> Val:
        """``item in container``."""
        try:
            held = elem_type(container.t) if not isinstance(container.t, DictT) else container.t.key
        except TypeConflict:
            held = None
        if isinstance(item.t, OptT) and held is not None and not isinstance(held, (OptT, ObjT)):
            # `peek() in ("+", "-")`: None is in no container of other values
            tmp = self.fresh("x")
            inner = self.contains(container, Val(tmp, item.t.inner, place=tmp), node)
            return Val(
                f"match {item.code} {{ Some({tmp}) => {inner.code}, None => false }}", BOOL, LOWEST
            )
        if container.t == OBJ:  # a substring test on a value of mixed type: checked
            container = self.coerce(container, STR, node)
        ct = container.t
        if ct == STR:
            return Val(f"{container.receiver()}.contains({item.str_view()})", BOOL)
        if ct == BYTES:
            return bytes_contains(self, container, item)
        if item.t == OBJ and elem_type(ct) in (INT, FLOAT, BOOL, STR):
            # A value of mixed type among typed items: Python's `==` on each.
            code, _ = self.iterate_val(container, node)
            tmp = self.fresh("o")
            test = f"{chainable(code)}.into_iter().any(|x| {tmp} == x)"
            return Val(f"{{ let {tmp} = {item.code}; {test} }}", BOOL, LOWEST)
        if isinstance(ct, DictT):
            key = self.coerce(item, ct.key, node)
            return Val(f"{container.receiver()}.contains_key({key.key()})", BOOL)
        if isinstance(ct, RecordT) and isinstance(item.lit, str):
            return Val("true" if item.lit in ct.keys else "false", BOOL)
        if isinstance(ct, (ListT, SetT, SeqT, DequeT)):
            el = self.coerce(item, ct.elem, node)
            method = "contains" if isinstance(ct, (SetT, DequeT)) else "py_contains"
            return Val(f"{container.receiver()}.{method}({el.key()})", BOOL)
        if isinstance(ct, TupleT):
            t = elem_type(ct)
            tmp = self.fresh("t")
            elems = ", ".join(
                self.coerce(Val(f"{tmp}.{i}", s), t).code for i, s in enumerate(ct.items)
            )
            el = self.coerce(item, t, node)
            return Val(
                f"{{ let {tmp} = {container.code}; [{elems}].contains({el.key()}) }}", BOOL, LOWEST
            )
        if isinstance(ct, IterT) and ct.kind == "range":
            el = self.coerce(item, INT, node)
            return Val(f"{container.receiver()}.py_contains({el.borrow()})", BOOL)
        if isinstance(ct, Unknown):
            return Val("false", BOOL)
        raise Unsupported(node, f"`in` on {ct.python()} is not supported", "type-error")

    def static_truth(self: Translator, test: ast.expr) -> bool | None:
        """The value of an `isinstance` test that the static types decide (in a copy of a
        function specialised for an int argument, `isinstance(x, Vector)` is False), else
        None."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            inner = self.static_truth(test.operand)
            return None if inner is None else not inner
        if not (
            isinstance(test, ast.Call)
            and isinstance(test.func, ast.Name)
            and test.func.id == "isinstance"
            and not self.is_bound("isinstance")
            and len(test.args) == 2
            and not test.keywords
            and isinstance(test.args[0], ast.Name)
        ):
            return None
        classes = test.args[1]
        nodes = classes.elts if isinstance(classes, ast.Tuple) else [classes]
        if not all(isinstance(n, ast.Name) for n in nodes):
            return None
        names = {n.id for n in nodes}  # type: ignore[attr-defined]
        try:
            t = self.expr(test.args[0]).t
        except Unsupported:
            return None
        if t == NUM or isinstance(t, (ObjT, OptT, Unknown)) or t.has_unknown():
            return None
        if isinstance(t, ClassT):
            cls = self.class_of(t)
            if cls is None:
                return None
            family = {c.name for c in self.family(cls.root)}
            if not names & family:
                return False if names <= set(self.classes) | set(_STATIC_KINDS) else None
            if len(family) != 1:
                return None  # decided at run time by the instance's class
            return True
        if not names <= set(_STATIC_KINDS) | set(self.classes):
            return None
        return any(n in _STATIC_KINDS and _STATIC_KINDS[n](t) for n in names)

    def e_IfExp(self: Translator, node: ast.IfExp, expected: PyType | None) -> Val:
        truth = self.static_truth(node.test)
        if truth is not None:
            return self.expr(node.body if truth else node.orelse, expected)
        test = self.cond(node.test)
        saved = set(self.narrowed)
        self.narrowed = saved | self.facts(node.test, True)
        body = self.expr(node.body, expected)
        self.narrowed = saved | self.facts(node.test, False)
        orelse = self.expr(node.orelse, expected)
        self.narrowed = saved
        t = self.join_at(body.t, orelse.t, node)
        b, o = self.coerce(body, t, node), self.coerce(orelse, t, node)
        if isinstance(t, IterT):  # `range(n) if up else reversed(range(n))`: two Rust types
            arms = [f"{chainable(v.code)}.into_iter().collect::<Vec<_>>()" for v in (b, o)]
            code = f"(if {test.code} {{ {arms[0]} }} else {{ {arms[1]} }}).into_iter()"
            return Val(code, t)
        return Val(f"if {test.code} {{ {b.code} }} else {{ {o.code} }}", t, LOWEST)

    # ---------------------------------------------------------------- containers
    def e_List(self: Translator, node: ast.List, expected: PyType | None) -> Val:
        elem_hint = expected.elem if isinstance(expected, ListT) else None
        elems, t = self.homogeneous(node.elts, elem_hint, node)
        if not elems:
            return Val("List::new()", ListT(t))
        return Val(f"List::from_vec(vec![{', '.join(elems)}])", ListT(t))

    def e_Set(self: Translator, node: ast.Set, expected: PyType | None) -> Val:
        elem_hint = expected.elem if isinstance(expected, SetT) else None
        elems, t = self.homogeneous(node.elts, elem_hint, node)
        # CPython builds constant displays of 3+ items from a frozenset: another order.
        ctor = (
            "from_const_literal"
            if len(node.elts) >= 3 and all(isinstance(e, ast.Constant) for e in node.elts)
            else "from_vec"
        )
        return Val(f"Set::{ctor}(vec![{', '.join(elems)}])", SetT(t))

    def homogeneous(
        self: Translator, nodes: list[ast.expr], hint: PyType | None, where: ast.AST
    ) -> tuple[list[str], PyType]:
        """Emit elements that must share one type; returns their code and the type."""
        if any(isinstance(n, ast.Starred) for n in nodes):
            raise Unsupported(where, "star-unpacking inside a literal is not supported yet")
        vals = [self.expr(n, hint) for n in nodes]
        t: PyType = UNKNOWN
        for v, n in zip(vals, nodes):
            t = self.join_at(t, v.t, n)
        t = _with_hint(t, hint)
        return [self.coerce(v, t, n).code for v, n in zip(vals, nodes)], t

    def e_Dict(self: Translator, node: ast.Dict, expected: PyType | None) -> Val:
        if any(k is None for k in node.keys):
            return self.merged_dict(node, expected)
        if RECORDS.get():
            record = record_display(self, node, expected)
            if record is not None:
                return record
        kh = expected.key if isinstance(expected, DictT) else None
        vh = expected.val if isinstance(expected, DictT) else None
        keys, kt = self.homogeneous(node.keys, kh, node)  # type: ignore[arg-type]
        try:
            vals, vt = self.homogeneous(node.values, vh, node)
        except Unsupported as exc:
            self.record_conflict |= exc.code == "type-conflict" and record_keys(node) is not None
            raise
        if not keys:
            return Val("Dict::new()", DictT(kt, vt))
        pairs = ", ".join(f"({k}, {v})" for k, v in zip(keys, vals))
        return Val(f"Dict::from_pairs(vec![{pairs}])", DictT(kt, vt))

    def merged_dict(self: Translator, node: ast.Dict, expected: PyType | None) -> Val:
        """`{**a, "k": v, **b}`: later keys win, insertion order as in Python."""
        t: PyType = expected if isinstance(expected, DictT) else DictT(UNKNOWN, UNKNOWN)
        parts: list[tuple[str, Val, Val | None]] = []
        for k, v in zip(node.keys, node.values):
            if k is None:
                src = self.unwrap_opt(self.expr(v))
                if not isinstance(src.t, DictT):
                    raise Unsupported(v, f"** of a {src.t.python()}", "type-error")
                t = self.join_at(t, DictT(src.t.key, src.t.val), v)
                parts.append(("update", src, None))
            else:
                kv, vv = self.expr(k), self.expr(v)
                t = self.join_at(t, DictT(kv.t, vv.t), k)
                parts.append(("set", kv, vv))
        d = self.fresh("d")
        lines = [f"let {d}: {t.rust()} = Dict::new();"]
        for op, a, b in parts:
            if op == "update":
                lines.append(f"{d}.update(&{self.coerce(a, t, node).code});")
            else:
                key = self.coerce(a, t.key, node).code  # type: ignore[attr-defined]
                lines.append(f"{d}.set_item({key}, {self.coerce(b, t.val, node).code});")  # type: ignore[arg-type, attr-defined]
        return Val(f"{{ {' '.join(lines)} {d} }}", t, LOWEST)

    def e_Tuple(self: Translator, node: ast.Tuple, expected: PyType | None) -> Val:
        hints = (
            expected.items
            if isinstance(expected, TupleT) and len(expected.items) == len(node.elts)
            else [None] * len(node.elts)
        )
        if any(isinstance(n, ast.Starred) for n in node.elts):
            raise Unsupported(node, "star-unpacking inside a tuple is not supported yet")
        if not node.elts:  # `()` must print as `()`, not as Rust's unit (None)
            return Val(EMPTY_TUPLE, SeqT(UNKNOWN))
        vals = [self.expr(n, h) for n, h in zip(node.elts, hints)]
        tail = "," if len(vals) == 1 else ""
        return Val(f"({', '.join(v.code for v in vals)}{tail})", TupleT(tuple(v.t for v in vals)))

    def e_ListComp(self: Translator, node: ast.ListComp, expected: PyType | None) -> Val:
        hint = expected.elem if isinstance(expected, ListT) else None
        code, t = self.comprehension(node, [node.elt], [hint])
        return Val(f"List::from_vec({code})", ListT(t[0]))

    def e_SetComp(self: Translator, node: ast.SetComp, expected: PyType | None) -> Val:
        code, t = self.comprehension(node, [node.elt], [None])
        return Val(f"Set::from_vec({code})", SetT(t[0]))

    def e_GeneratorExp(self: Translator, node: ast.GeneratorExp, expected: PyType | None) -> Val:
        if len(node.generators) == 1 and not node.generators[0].is_async:
            source = self.unwrap_opt(self.expr(node.generators[0].iter))
            # Infinite sources are generators and itertools' iterators (PyIter), or lazy
            # chains over them; anything else is finite and materialised as before.
            lazy = isinstance(source.t, IteratorT) or (
                isinstance(source.t, IterT) and self.over_iterator(node.generators[0].iter)
            )
            if lazy:  # over a generator or a lazy chain, maybe infinite: stay lazy
                if isinstance(source.t, IterT):
                    source = Val(f"pyrt::PyIter::new({source.code})", IteratorT(source.t.elem))
                return self.lazy_genexp(node, source)
        # Materialised eagerly otherwise: the emitted loop may use `?` (exceptions stay
        # catchable), which a lazy closure cannot.
        code, t = self.comprehension(node, [node.elt], [None])
        return Val(f"{code}.into_iter()", IterT(t[0]))

    def over_iterator(self: Translator, node: ast.expr) -> bool:
        """Whether a lazy chain (zip, map, pairwise...) is built over a generator or PyIter."""
        for sub in ast.walk(node):
            if isinstance(sub, (ast.Lambda, *COMPREHENSIONS)) or not isinstance(sub, ast.expr):
                continue
            try:
                if isinstance(self.expr(sub).t, IteratorT):
                    return True
            except Unsupported:
                continue
        return False

    def lazy_genexp(self: Translator, node: ast.GeneratorExp, source: Val) -> Val:
        """`(elt for x in it if c)` over an iterator, as a lazy `PyIter`."""
        gen = node.generators[0]
        bound = {n.id for n in ast.walk(gen.target) if isinstance(n, ast.Name)}
        reads = {
            n.id
            for part in [node.elt, *gen.ifs]
            for n in ast.walk(part)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
        }
        prelude = self.capture_prelude(reads - bound, node, consumed_now=True)
        it = self.fresh("it")
        saved = (self.tries, self.handling, self.loops, set(self.narrowed))
        self.tries, self.handling, self.loops = [], [], []
        self.push_scope(closure=True)
        try:
            pattern = self.bind_pattern(gen.target, source.t.elem, node)  # type: ignore[attr-defined]
            tests = []
            for cond in gen.ifs:
                tests.append(self.cond(cond).code)
                self.narrowed |= self.facts(cond, True)
            elt = self.expr(node.elt)
        finally:
            self.pop_scope()
            self.tries, self.handling, self.loops, self.narrowed = saved
        step = f"return Some({elt.code});"
        if tests:
            step = f"if {' && '.join(f'({t})' for t in tests)} {{ {step} }}"
        code = (
            f"{{ {prelude}let mut {it} = {source.code}; pyrt::PyIter::new(std::iter::from_fn("
            f"move || loop {{ let {pattern} = {it}.next_item()?; {step} }})) }}"
        )
        return Val(code, IteratorT(elt.t), LOWEST)

    def e_DictComp(self: Translator, node: ast.DictComp, expected: PyType | None) -> Val:
        kh = expected.key if isinstance(expected, DictT) else None
        vh = expected.val if isinstance(expected, DictT) else None
        code, t = self.comprehension(node, [node.key, node.value], [kh, vh])
        return Val(f"Dict::from_pairs({code})", DictT(t[0], t[1]))

    def comprehension(
        self: Translator, node: Any, elts: list[ast.expr], hints: list[PyType | None]
    ) -> tuple[str, list[PyType]]:
        """Emit a comprehension as a block that fills a Vec; returns (code, element types)."""
        out = self.fresh("out")
        saved_narrowed = set(self.narrowed)
        self.push_scope()
        try:
            lines: list[str] = []
            depth = 0
            for gen in node.generators:
                if gen.is_async:
                    raise Unsupported(node, "async comprehensions are not supported")
                head = self.for_head(gen.target, gen.iter, node)
                lines.append(indent(f"for {head} {{", depth))
                depth += 1
                for cond in gen.ifs:
                    test = self.cond(cond)
                    self.narrowed |= self.facts(cond, True)
                    lines.append(indent(f"if {test.code} {{", depth))
                    depth += 1
            vals = [self.expr(e, h) for e, h in zip(elts, hints)]
            types = [_with_hint(v.t, h) for v, h in zip(vals, hints)]
            codes = [self.coerce(v, t, e).code for v, t, e in zip(vals, types, elts)]
            item = codes[0] if len(codes) == 1 else f"({', '.join(codes)})"
            lines.append(indent(f"{out}.push({item});", depth))
            while depth:
                depth -= 1
                lines.append(indent("}", depth))
        finally:
            self.pop_scope()
            self.narrowed = saved_narrowed
        body = indent("\n".join(lines))
        return f"{{\n    let mut {out} = Vec::new();\n{body}\n    {out}\n}}", types

    # ---------------------------------------------------------------- subscripts
    def e_Subscript(self: Translator, node: ast.Subscript, expected: PyType | None) -> Val:
        if (
            isinstance(node.value, ast.Name)
            and self.name_kind(node.value.id) == "class"
            and self.classes[node.value.id].enum
        ):
            return self.enum_by_name(node.value.id, node)
        if not isinstance(node.slice, ast.Slice):
            owner = self.expr(node.value)
            if self.defines(owner.t, "__getitem__"):
                call = ast.copy_location(ast.Call(func=node, args=[node.slice], keywords=[]), node)
                return self.call_method(self.unwrap_opt(owner), "__getitem__", call, node)
        base = self.unwrap_opt(self.expr(node.value))
        if base.t == OBJ:  # of the values an Obj holds, only a str has items
            base = self.coerce(base, STR, node.value)
        bt = base.t
        if isinstance(bt, OpaqueT) and bt.name == "re.Match":
            from portalis_ray.translate.rules.relib import group_val  # relib imports this module

            return group_val(self, base, node.slice)
        if isinstance(node.slice, ast.Slice):
            return self.slice(base, node.slice, node)
        if isinstance(bt, TupleT):
            index = node.slice
            if (
                isinstance(index, ast.UnaryOp)
                and isinstance(index.op, ast.USub)
                and isinstance(index.operand, ast.Constant)
            ):
                pos = len(bt.items) - index.operand.value
            elif isinstance(index, ast.Constant) and isinstance(index.value, int):
                pos = index.value
            else:
                return self.tuple_dynamic_index(base, index, node)
            if not 0 <= pos < len(bt.items):
                raise Unsupported(node, "tuple index out of range", "index-error")
            t = bt.items[pos]
            code = f"{base.receiver()}.{pos}"
            if not t.is_copy():
                return Val(f"{code}.clone()", t, place=code)
            return Val(code, t, place=code if base.place else None)
        index = self.expr(node.slice)
        if isinstance(bt, (ListT, SeqT)):
            idx = self.coerce(self.unwrap_opt(index), INT, node)
            return Val(self.fallible(f"{base.receiver()}.get({idx.code})"), bt.elem)
        if isinstance(bt, RecordT):
            return record_get(self, base, index, node)
        if isinstance(bt, DictT):
            special = dict_subscript(self, base, index, node, node.value)
            if special is not None:
                return special
            key = self.coerce(index, bt.key, node)
            return Val(self.fallible(f"{base.receiver()}.get_item({key.key()})"), bt.val)
        if isinstance(bt, DequeT):
            idx = self.coerce(self.unwrap_opt(index), INT, node)
            return Val(self.fallible(f"{base.receiver()}.get({idx.code})"), bt.elem)
        if bt == STR:
            idx = self.coerce(self.unwrap_opt(index), INT, node)
            return Val(self.fallible(f"pyrt::str_getitem({base.borrow()}, {idx.code})"), STR)
        if bt == BYTES:
            idx = self.coerce(self.unwrap_opt(index), INT, node)
            return Val(self.fallible(f"{base.receiver()}.get({idx.code})"), INT)
        if isinstance(bt, Unknown):
            return Val("Default::default()", UNKNOWN)
        raise Unsupported(node, f"indexing {bt.python()} is not supported", "type-error")

    def tuple_dynamic_index(self: Translator, base: Val, index: ast.expr, node: ast.AST) -> Val:
        """``t[i]`` with a computed index: only for tuples of one element type."""
        t = elem_type(base.t)
        tmp = self.fresh("t")
        items = ", ".join(
            self.coerce(Val(f"{tmp}.{i}", s), t).code for i, s in enumerate(base.t.items)
        )  # type: ignore[attr-defined]
        idx = self.coerce(self.expr(index), INT, node)
        code = f"{{ let {tmp} = {base.code}; List::from_vec(vec![{items}]) }}"
        return Val(self.fallible(f"{code}.get({idx.code})"), t)

    def slice(self: Translator, base: Val, sl: ast.Slice, node: ast.AST) -> Val:
        """``x[lo:hi:step]`` for lists and strings (and tuples, with constant bounds)."""
        if isinstance(base.t, TupleT):
            return self.tuple_slice(base, sl, node)
        parts = []
        for part in (sl.lower, sl.upper, sl.step):
            if part is None:
                parts.append("None")
            else:
                parts.append(f"Some({self.coerce(self.expr(part), INT, part).code})")
        args = ", ".join(parts)
        if base.t == STR:
            return Val(self.fallible(f"pyrt::str_slice({base.borrow()}, {args})"), STR)
        if isinstance(base.t, (ListT, SeqT)) or base.t == BYTES:
            return Val(self.fallible(f"{base.receiver()}.slice({args})"), base.t)
        if isinstance(base.t, Unknown):
            return base
        raise Unsupported(node, f"slicing {base.t.python()} is not supported yet", "type-error")

    def tuple_slice(self: Translator, base: Val, sl: ast.Slice, node: ast.AST) -> Val:
        """A fixed tuple sliced by constants is another fixed tuple; by computed bounds, a
        tuple whose length is known at run time (its items must share one type)."""
        bounds = []
        items = base.t.items  # type: ignore[attr-defined]
        for part in (sl.lower, sl.upper, sl.step):
            value = None if part is None else self.expr(part).lit
            if part is not None and (not isinstance(value, int) or isinstance(value, bool)):
                if len(set(items)) != 1:
                    raise Unsupported(
                        node, "slices of tuples of mixed types need constant bounds", "type-error"
                    )
                tmp = self.fresh("t")
                fields = ", ".join(f"{tmp}.{i}" for i in range(len(items)))
                seq = Val(f"{{ let {tmp} = {base.code}; pyrt::Tuple(vec![{fields}]) }}",
                          SeqT(items[0]), LOWEST)
                return self.slice(seq, sl, node)
            bounds.append(value)
        if bounds[2] == 0:
            raise Unsupported(node, "slice step cannot be zero", "value-error")
        picked = list(range(len(items)))[slice(*bounds)]
        tmp = self.fresh("t")
        fields = [f"{tmp}.{i}" for i in picked]
        fields = [f if items[i].is_copy() else f"{f}.clone()" for f, i in zip(fields, picked)]
        tail = "," if len(fields) == 1 else ""
        code = f"{{ let {tmp} = {base.code}; ({', '.join(fields)}{tail}) }}"
        return Val(code, TupleT(tuple(items[i] for i in picked)), LOWEST)

    def function_name(self: Translator, node: ast.expr) -> str | None:
        """The `__name__` of a function named directly: a top-level def, a builtin, or a
        function of an imported module (`statistics.mean`)."""
        from portalis_ray.translate.rules.modules import MODULE_FUNCTIONS  # imports this module

        if isinstance(node, ast.Name):
            try:
                kind, key = self.resolve(node.id)
            except Unsupported:
                return None
            if kind == "function":
                return self.functions[key[0]].py_name or node.id
            builtin = kind == "builtin" and callable(getattr(builtins, node.id, None))
            return node.id if builtin else None
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in self.imports
            and (node.value.id, node.attr) in MODULE_FUNCTIONS
        ):
            return node.attr
        return None

    def e_Attribute(self: Translator, node: ast.Attribute, expected: PyType | None) -> Val:
        if (
            node.attr == "__name__"
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "type"
            and len(node.value.args) == 1
            and not self.is_bound("type")
        ):
            return self.type_name(self.expr(node.value.args[0]))
        if node.attr == "__name__":
            named = self.function_name(node.value)
            if named is not None:
                return Val(f"{rust_str_literal(named)}.to_string()", STR, lit=named)
        if isinstance(node.value, ast.Name) and self.name_kind(node.value.id) in (
            "class",
            "clsref",
        ):
            kind = self.name_kind(node.value.id)
            cls = node.value.id if kind == "class" else self.cls_target()
            owner = self.class_attr_owner(cls, node.attr)
            fields = self.namedtuple_fields(ClassT(cls)) if node.attr == "_fields" else None
            if owner is None and fields is not None:
                return self.expr(ast.Tuple([ast.Constant(f) for f in fields], ast.Load()))
            if owner is None:
                raise Unsupported(node, f"class attribute {cls}.{node.attr} is not supported")
            return self.class_attr(owner, node.attr, node)
        base = self.expr(node.value)
        if node.attr == "_fields" and isinstance(base.t, ClassT):  # `point._fields`
            fields = self.namedtuple_fields(base.t)
            if fields is not None:
                return self.expr(ast.Tuple([ast.Constant(f) for f in fields], ast.Load()))
        if isinstance(base.t, ModuleT) and (base.t.name, node.attr) in MODULE_FUNCTION_ARITY:
            # `ops = {"sqrt": math.sqrt}`: the function as a value
            arity, param = MODULE_FUNCTION_ARITY[(base.t.name, node.attr)]
            if isinstance(expected, CallableT):
                arity = len(expected.params)
            return self.function_as_lambda(node, arity, expected, param)
        if isinstance(base.t, ModuleT):
            return self.module_attribute(base.t.name, node.attr, node)
        if node.attr == "__cause__" and base.place in self.caught:  # a caught object's
            return Val(f"{self.caught[base.place]}.cause()", OptT(EXC))
        if isinstance(unopt(base.t), ClassT):
            return self.attribute(self.unwrap_opt(base), node.attr, node)
        if (
            isinstance(base.t, OpaqueT)
            and base.t.name == "string.Template"
            and node.attr == "template"
        ):
            return Val(f"{base.receiver()}.template()", STR)
        if isinstance(base.t, OpaqueT) and base.t.name == "functools._CacheInfo":
            if node.attr in ("hits", "misses", "currsize"):
                return Val(f"{base.receiver()}.{node.attr}", INT)
            if node.attr == "maxsize":
                return Val(f"{base.receiver()}.maxsize", OptT(INT))
        if base.t == HASH and (hashed := hash_attribute(base, node.attr)) is not None:
            return hashed
        dated = datetime_attribute(base, node.attr) if base.t in (DATE, TIMEDELTA) else None
        if dated is not None:
            return dated
        if base.t == FRACTION and fraction_attribute(base, node.attr) is not None:
            return fraction_attribute(base, node.attr)  # type: ignore[return-value]
        if isinstance(base.t, DequeT) and node.attr == "maxlen":
            return Val(f"{base.receiver()}.maxlen()", OptT(INT))
        if unopt(base.t) == EXC and node.attr == "__name__":  # an exception as its type
            return Val(f"{self.unwrap_opt(base).receiver()}.kind.clone()", STR)
        if unopt(base.t) == EXC and node.attr == "__cause__":  # `raise ... from cause`
            return Val(f"{self.unwrap_opt(base).receiver()}.cause()", OptT(EXC))
        if base.t == EXC and node.attr == "code":  # SystemExit.code (sys.exit(n))
            return Val(f"({base.receiver()}.exit_code.unwrap_or(0) as i64)", INT)
        if base.t == EXC and node.attr == "args":  # the one message argument
            return Val(f"({base.receiver()}.arg_text(),)", TupleT((STR,)))
        if isinstance(base.t, OpaqueT) and base.t.name == "re.Pattern" and node.attr == "pattern":
            return Val(f"{base.receiver()}.pattern()", STR)
        if (
            isinstance(base.t, OpaqueT)
            and base.t.name == "re.Match"
            and node.attr in ("string", "lastindex", "lastgroup")
        ):
            t = {"string": STR, "lastindex": OptT(INT), "lastgroup": OptT(STR)}[node.attr]
            return Val(f"{base.receiver()}.{node.attr}()", t)
        raise Unsupported(
            node,
            f"attribute `.{node.attr}` of {base.t.python()} is not supported yet",
        )

    def e_Call(self: Translator, node: ast.Call, expected: PyType | None) -> Val:
        return self.call(node, expected)

    def e_Starred(self: Translator, node: ast.Starred, expected: PyType | None) -> Val:
        raise Unsupported(node, "star-arguments are not supported yet")

    # ---------------------------------------------------------------- iteration
    def iterate(self: Translator, node: ast.expr) -> tuple[str, PyType]:
        """A Rust `IntoIterator` expression yielding owned items of ``node``, and their type."""
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "range"
            and self.is_builtin("range")
            and not node.keywords
        ):
            vals = [self.expr(a) for a in node.args]
            if any(v.t == BIG for v in vals):  # bounds beyond 64 bits: pyrt::int_range
                return self.iterate_val(self.expr(node), node)
            args = [self.coerce(v, INT, a) for v, a in zip(vals, node.args)]
            if len(args) == 1:
                return f"0..{args[0].wrapped(SHIFT)}", INT
            if len(args) == 2:
                return f"{args[0].wrapped(SHIFT)}..{args[1].wrapped(SHIFT)}", INT
        val = self.unwrap_opt(self.expr(node))
        return self.iterate_val(val, node)

    def iterate_val(self: Translator, val: Val, node: ast.AST) -> tuple[str, PyType]:
        t = val.t
        if isinstance(t, (ListT, SeqT, DequeT)):
            return f"{val.receiver()}.iter()", t.elem
        if isinstance(t, DictT):
            return f"{val.receiver()}.keys()", t.key
        if isinstance(t, SetT):
            return f"{val.receiver()}.items()", t.elem
        if t == STR:
            return f"pyrt::str_chars({val.borrow()})", STR
        if isinstance(t, IterT):
            return val.code, t.elem
        if isinstance(t, IteratorT):
            return val.code, t.elem
        if t == BYTES:
            return f"{val.receiver()}.iter()", INT
        if isinstance(t, RecordT):  # its keys
            return f"{val.receiver()}.keys()", STR
        if isinstance(t, OpaqueT) and t.name == "sys.stdin":  # its lines, endings kept
            return "pyrt::stdin_lines()", STR
        if isinstance(t, ClassT) and self.defines(t, "__next__"):
            return self.generator_iter(val, node)
        if isinstance(t, ClassT) and self.defines(t, "__iter__"):
            call = ast.copy_location(ast.Call(func=node, args=[], keywords=[]), node)
            return self.iterate_val(self.call_method(val, "__iter__", call, node), node)
        if isinstance(t, TupleT):
            try:
                et = elem_type(t)
            except TypeConflict as exc:
                raise Unsupported(
                    node, f"iterating over a tuple of mixed types ({exc})", "type-conflict"
                ) from None
            tmp = self.fresh("t")
            items = ", ".join(
                self.coerce(Val(f"{tmp}.{i}", s), et).code for i, s in enumerate(t.items)
            )
            return f"{{ let {tmp} = {val.code}; vec![{items}] }}", et  # type: ignore[return-value]
        if isinstance(t, Unknown):
            return "Vec::<i64>::new()", UNKNOWN
        raise Unsupported(node, f"cannot iterate over {t.python()}", "type-error")

    def unwrap_items(self: Translator, code: str, et: PyType) -> tuple[str, PyType]:
        """Items of an iterable of Optionals, used where Python needs the values."""
        if not isinstance(et, OptT):
            return code, et
        code = chainable(code)
        return f"{code}.into_iter().map(|x| pyrt::check(pyrt::expect_some(x)))", et.inner

    def for_head(self: Translator, target: ast.expr, iterable: ast.expr, node: ast.AST) -> str:
        """`PATTERN in ITER` for a comprehension (targets are fresh comprehension locals)."""
        code, et = self.unpacked_rows(*self.iterate(iterable), target)
        pattern = self.bind_pattern(target, et, node)
        return f"{pattern} in {code}"

    def unpacked_rows(
        self: Translator, code: str, et: PyType, target: ast.expr
    ) -> tuple[str, PyType]:
        """`for a, (b, c) in rows` where a part is a list or a tuple of unknown length: each
        row reshaped into Rust tuples that the pattern can bind, the lengths checked."""
        shaped = _shape("t", et, target, 0)
        if shaped is None:
            return code, et
        rows, t = shaped
        return f"{chainable(code)}.into_iter().map(|t| {rows})", t

    def bind_pattern(self: Translator, target: ast.expr, t: PyType, node: ast.AST) -> str:
        """Bind ``target`` names in the innermost comprehension scope; return the pattern."""
        if isinstance(target, ast.Name):
            return self.declare_scoped(target.id, t)
        if isinstance(target, (ast.Tuple, ast.List)):
            stars = [i for i, e in enumerate(target.elts) if isinstance(e, ast.Starred)]
            if (
                len(stars) == 1
                and isinstance(t, TupleT)
                and len(t.items) >= len(target.elts) - 1
                and isinstance(target.elts[stars[0]].value, ast.Name)  # type: ignore[attr-defined]
                and target.elts[stars[0]].value.id.startswith("_")  # type: ignore[attr-defined]
            ):
                # `for *_, w in rows`: the starred part is thrown away
                s, after = stars[0], len(target.elts) - stars[0] - 1
                head = [self.bind_pattern(e, x, node) for e, x in zip(target.elts[:s], t.items)]
                tail = [
                    self.bind_pattern(e, x, node)
                    for e, x in zip(target.elts[s + 1 :], t.items[len(t.items) - after :])
                ]
                skipped = ["_"] * (len(t.items) - len(head) - len(tail))
                return f"({', '.join([*head, *skipped, *tail])},)"
            if not isinstance(t, TupleT) or len(t.items) != len(target.elts):
                if isinstance(t, Unknown):
                    t = TupleT(tuple(UNKNOWN for _ in target.elts))
                else:
                    raise Unsupported(
                        node,
                        f"cannot unpack {t.python()} into {len(target.elts)} names",
                        "type-error",
                    )
            inner = [self.bind_pattern(e, s, node) for e, s in zip(target.elts, t.items)]
            return f"({', '.join(inner)})"
        raise Unsupported(node, "unsupported loop target")


_NAMED_SPEC = re.compile(r"%\(([^)]*)\)")


def _named_percent(node: ast.BinOp) -> ast.BinOp | None:
    """`"%(a)s %(b).2f" % m` as `"%s %.2f" % (m["a"], m["b"])` (a dict literal's values are
    used as they are; any other mapping must be a name, read once per key)."""
    fmt = node.left
    if not (
        isinstance(node.op, ast.Mod)
        and isinstance(fmt, ast.Constant)
        and isinstance(fmt.value, str)
        and "%(" in fmt.value
    ):
        return None
    mapping = node.right
    literal: dict[str, ast.expr] = {}
    if isinstance(mapping, ast.Dict):
        for k, v in zip(mapping.keys, mapping.values):
            if not (isinstance(k, ast.Constant) and isinstance(k.value, str)):
                return None
            literal[k.value] = v
    elif not isinstance(mapping, ast.Name):
        return None
    keys = _NAMED_SPEC.findall(fmt.value.replace("%%", ""))
    if isinstance(mapping, ast.Dict) and (
        any(k not in literal for k in keys) or len(set(keys)) != len(keys)
    ):
        return None  # a key missing (KeyError) or used twice: left to the general rule
    items = [
        literal[k] if literal else ast.Subscript(mapping, ast.Constant(k), ast.Load()) for k in keys
    ]
    plain = ast.Constant(_NAMED_SPEC.sub("%", fmt.value))
    new = ast.BinOp(plain, ast.Mod(), ast.Tuple(items, ast.Load()))
    return ast.fix_missing_locations(ast.copy_location(new, node))


# What `isinstance(x, name)` answers for a value of static type `t`.
_STATIC_KINDS: dict[str, Callable[[PyType], bool]] = {
    "int": lambda t: t in (INT, BIG, BOOL),
    "float": lambda t: t == FLOAT,
    "bool": lambda t: t == BOOL,
    "str": lambda t: t == STR,
    "list": lambda t: isinstance(t, ListT),
    "dict": lambda t: isinstance(t, DictT),
    "set": lambda t: isinstance(t, SetT) and not t.frozen,
    "frozenset": lambda t: isinstance(t, SetT) and t.frozen,
    "tuple": lambda t: isinstance(t, (TupleT, SeqT)),
}


# Expressions that make dicts and sets: their keys must hash in Rust (an f64 does not).
_KEYED = (ast.Dict, ast.Set, ast.DictComp, ast.SetComp, ast.Call)


def float_keyed(t: PyType) -> bool:
    """A dict or set whose keys hold floats (`{1.5: "a"}`, `{("x", 0.2)}`)."""
    if isinstance(t, DictT):
        return mentions(t.key, FLOAT) or mentions(t.key, NUM) or float_keyed(t.val)
    if isinstance(t, SetT):
        return mentions(t.elem, FLOAT) or mentions(t.elem, NUM)
    if isinstance(t, ListT):
        return float_keyed(t.elem)
    return False


def _shape(v: str, t: PyType, target: ast.expr, depth: int) -> tuple[str, PyType] | None:
    """Rust for value ``v`` (of type ``t``) rebuilt as tuples matching ``target``, or None
    when ``t`` already matches."""
    if not isinstance(target, (ast.Tuple, ast.List)) or any(
        isinstance(e, ast.Starred) for e in target.elts
    ):
        return None
    n = len(target.elts)
    if isinstance(t, (SeqT, ListT)):
        tmp = f"__v{depth}"
        parts, types = [], []
        for i, e in enumerate(target.elts):
            item = f"{tmp}[{i}].clone()"
            sub = _shape(item, t.elem, e, depth + 1)
            parts.append(sub[0] if sub else item)
            types.append(sub[1] if sub else t.elem)
        items = f"{v}.0" if isinstance(t, SeqT) else f"{v}.to_vec()"
        tail = "," if n == 1 else ""
        check = f"pyrt::check(pyrt::unpack_len({tmp}.len(), {n}))"  # inside a closure
        return f"{{ let {tmp} = {items}; {check}; ({', '.join(parts)}{tail}) }}", TupleT(
            tuple(types)
        )
    if isinstance(t, TupleT) and len(t.items) == n:
        subs = [
            _shape(f"{v}.{i}", s, e, depth + 1)
            for i, (s, e) in enumerate(zip(t.items, target.elts))
        ]
        if all(x is None for x in subs):
            return None
        parts = [x[0] if x else f"{v}.{i}" for i, x in enumerate(subs)]
        types = [x[1] if x else s for x, s in zip(subs, t.items)]
        tail = "," if n == 1 else ""
        return f"({', '.join(parts)}{tail})", TupleT(tuple(types))
    return None


def _parses_int(node: ast.expr) -> bool:
    """`int(text)` / `int(text, base)`: digits that may stand for a big int."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "int"
        and 1 <= len(node.args) <= 2
    )

"""`bytes`: literals, `str.encode`, `int.to_bytes`/`int.from_bytes` and the methods.

Values are `pyrt::Bytes` (immutable, shared); iterating or indexing gives ints as in
Python, slicing gives bytes, and repr is CPython's `b'...'`.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.types import BIG, BOOL, INT, STR, ListT, OpaqueT, PyType
from portalis_ray.translate.rules.values import Unsupported, Val, keyword_args

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import Translator

BYTES = OpaqueT("bytes", "pyrt::Bytes")
UTF8, STRICT, BIG_ENDIAN = '"utf-8"', '"strict"', '"big"'  # Rust literals of the defaults


def is_bytes(t: PyType) -> bool:
    return t == BYTES


def bytes_literal(value: bytes) -> Val:
    """`b"..."` as a static byte array."""
    return Val(f"pyrt::Bytes::from_static(&[{', '.join(map(str, value))}])", BYTES)


_args = keyword_args


def _str(tr: Translator, node: ast.expr | None, default: str) -> str:
    return default if node is None else tr.str_arg(node)


def _bytes_arg(tr: Translator, node: ast.expr) -> str:
    val = tr.unwrap_opt(tr.expr(node))
    if val.t != BYTES:
        raise Unsupported(node, f"expected bytes, got {val.t.python()}", "type-error")
    return val.borrow()


def _bool(tr: Translator, node: ast.expr | None) -> str:
    return "false" if node is None else tr.truthy(tr.expr(node)).code


# ---------------------------------------------------------------------- str and int
def str_encode(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    enc, errors = _args(node, ["encoding", "errors"], 0, "encode")
    code = f"pyrt::str_encode({recv.borrow()}, {_str(tr, enc, UTF8)}, {_str(tr, errors, STRICT)})"
    return Val(tr.fallible(code), BYTES)


def int_to_bytes(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    length, order, signed = _args(node, ["length", "byteorder", "signed"], 0, "to_bytes")
    n = "1" if length is None else tr.coerce(tr.expr(length), INT, length).code
    fn = "big_to_bytes" if recv.t == BIG else "int_to_bytes"
    first = recv.borrow() if recv.t == BIG else tr.coerce(recv, INT).code
    code = f"pyrt::{fn}({first}, {n}, {_str(tr, order, BIG_ENDIAN)}, {_bool(tr, signed)})"
    return Val(tr.fallible(code), BYTES)


def int_from_bytes(tr: Translator, node: ast.Call) -> Val:
    """`int.from_bytes(b, byteorder="big", signed=False)`: a big int past 7 bytes."""
    data, order, signed = _args(node, ["bytes", "byteorder", "signed"], 1, "int.from_bytes")
    val = tr.unwrap_opt(tr.expr(data))  # type: ignore[arg-type]
    if val.t != BYTES:
        raise Unsupported(node, "int.from_bytes() needs bytes here", "type-error")
    small = isinstance(data, ast.Constant) and isinstance(data.value, bytes) and len(data.value) < 8
    fn, t = ("int_from_bytes", INT) if small else ("big_from_bytes", BIG)
    code = f"pyrt::{fn}({val.borrow()}, {_str(tr, order, BIG_ENDIAN)}, {_bool(tr, signed)})"
    return Val(tr.fallible(code), t)


def bytes_call(tr: Translator, node: ast.Call) -> Val:
    """`bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`, `bytes(text, encoding)`."""
    if node.keywords or len(node.args) > 3:
        raise Unsupported(node, "bytes() with these arguments is not supported", "type-error")
    if not node.args:
        return Val("pyrt::Bytes::default()", BYTES)
    val = tr.unwrap_opt(tr.expr(node.args[0]))
    if val.t == STR:
        enc = _str(tr, node.args[1] if len(node.args) > 1 else None, "")
        if not enc:
            raise Unsupported(node, "string argument without an encoding", "type-error")
        errors = _str(tr, node.args[2] if len(node.args) > 2 else None, STRICT)
        return Val(tr.fallible(f"pyrt::str_encode({val.borrow()}, {enc}, {errors})"), BYTES)
    if val.t == BYTES:
        return val
    if val.t in (INT, BOOL):
        return Val(tr.fallible(f"pyrt::Bytes::zeros({tr.coerce(val, INT).code})"), BYTES)
    code, et = tr.iterate_val(val, node.args[0])
    if et not in (INT, BOOL):
        raise Unsupported(node, f"bytes() of {val.t.python()}", "type-error")
    items = code if et == INT else f"{code}.map(|b| b as i64)"
    return Val(tr.fallible(f"pyrt::Bytes::from_ints({items})"), BYTES)


def bytes_fromhex(tr: Translator, node: ast.Call) -> Val:
    (text,) = _args(node, ["string"], 1, "bytes.fromhex")
    return Val(tr.fallible(f"pyrt::Bytes::fromhex({tr.str_arg(text)})"), BYTES)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- operators
def bytes_binop(tr: Translator, op: ast.operator, left: Val, right: Val) -> Val | None:
    """`b1 + b2`, `b * n`, `n * b`; None for other operators."""
    if isinstance(op, ast.Add) and left.t == BYTES and right.t == BYTES:
        return Val(f"{left.receiver()}.concat({right.borrow()})", BYTES)
    if isinstance(op, ast.Mult) and BYTES in (left.t, right.t):
        data, count = (left, right) if left.t == BYTES else (right, left)
        if count.t in (INT, BOOL):
            return Val(f"{data.receiver()}.repeat({tr.coerce(count, INT).code})", BYTES)
    return None


def bytes_contains(tr: Translator, container: Val, item: Val) -> Val:
    if item.t == BYTES:
        return Val(f"{container.receiver()}.contains({item.borrow()})", BOOL)
    code = f"{container.receiver()}.contains_byte({tr.coerce(item, INT).code})"
    return Val(tr.fallible(code), BOOL)


# ---------------------------------------------------------------------- methods
def _decode(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    enc, errors = _args(node, ["encoding", "errors"], 0, "decode")
    code = f"{recv.receiver()}.decode({_str(tr, enc, UTF8)}, {_str(tr, errors, STRICT)})"
    return Val(tr.fallible(code), STR)


def _hex(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    sep, per = _args(node, ["sep", "bytes_per_sep"], 0, "hex")
    if sep is None:
        return Val(f"{recv.receiver()}.hex()", STR)
    n = "1" if per is None else tr.coerce(tr.expr(per), INT, per).code
    return Val(tr.fallible(f"{recv.receiver()}.hex_sep({tr.str_arg(sep)}, {n})"), STR)


def _with_bytes(method: str, t: PyType, fallible: bool = False):
    def emit(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
        (other,) = _args(node, ["sub"], 1, method)
        code = f"{recv.receiver()}.{method}({_bytes_arg(tr, other)})"  # type: ignore[arg-type]
        return Val(tr.fallible(code) if fallible else code, t)

    return emit


def _plain(method: str, t: PyType):
    def emit(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
        _args(node, [], 0, method)
        return Val(f"{recv.receiver()}.{method}()", t)

    return emit


def _split(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    (sep,) = _args(node, ["sep"], 0, "split")
    arg = "None" if sep is None else f"Some({_bytes_arg(tr, sep)})"
    return Val(tr.fallible(f"{recv.receiver()}.split({arg})"), ListT(BYTES))


def _join(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    (parts,) = _args(node, ["iterable"], 1, "join")
    code, et = tr.iterate(parts)  # type: ignore[arg-type]
    if et != BYTES:
        raise Unsupported(node, "bytes.join() needs bytes items", "type-error")
    items = f"&{code}.into_iter().collect::<List<_>>()"
    return Val(f"{recv.receiver()}.join({items})", BYTES)


def _replace(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    old, new = _args(node, ["old", "new"], 2, "replace")
    code = f"{recv.receiver()}.replace({_bytes_arg(tr, old)}, {_bytes_arg(tr, new)})"  # type: ignore[arg-type]
    return Val(code, BYTES)


BYTES_METHODS = {
    "decode": _decode,
    "hex": _hex,
    "count": _with_bytes("count", INT),
    "find": _with_bytes("find", INT),
    "index": _with_bytes("index", INT, fallible=True),
    "startswith": _with_bytes("startswith", BOOL),
    "endswith": _with_bytes("endswith", BOOL),
    "split": _split,
    "join": _join,
    "replace": _replace,
    **{m: _plain(m, BYTES) for m in ("upper", "lower", "strip", "lstrip", "rstrip")},
    **{
        m: _plain(m, BOOL)
        for m in ("isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isascii")
    },
}

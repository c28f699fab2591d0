"""`hashlib`: md5, sha1 and the sha2 family on pyrt's `Hash` (digests computed in the
runtime, byte-exact with CPython), with `update`, `digest`, `hexdigest` and `copy`."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.byteslib import BYTES
from portalis_ray.translate.rules.types import INT, NONE, STR, OpaqueT
from portalis_ray.translate.rules.values import Unsupported, Val

if TYPE_CHECKING:
    from portalis_ray.translate.rules.modules import ModuleFn
    from portalis_ray.translate.rules.translator import Translator

HASH = OpaqueT("hashlib.HASH", "pyrt::Hash")
ALGORITHMS = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512")


def _data(tr: Translator, node: ast.expr | None) -> str:
    if node is None:
        return "None"
    val = tr.unwrap_opt(tr.expr(node))
    if val.t != BYTES:
        raise Unsupported(node, f"hashing a {val.t.python()} (Python needs bytes)", "type-error")
    return f"Some({val.borrow()})"


def _constructor(name: str | None) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        args = list(node.args)
        keys = {k.arg: k.value for k in node.keywords}
        if any(isinstance(a, ast.Starred) for a in args) or set(keys) - {"string", "data"}:
            raise Unsupported(node, "hashlib with these arguments", "type-error")
        if name is None:  # hashlib.new("sha256", data)
            if not args:
                raise Unsupported(node, "hashlib.new() needs an algorithm name", "type-error")
            algo = tr.str_arg(args.pop(0))
        else:
            algo = f'"{name}"'
        data = args[0] if args else keys.get("string", keys.get("data"))
        return Val(tr.fallible(f"pyrt::Hash::new({algo}, {_data(tr, data)})"), HASH)

    return emit


HASH_FUNCTIONS: dict[tuple[str, str], ModuleFn] = {
    ("hashlib", "new"): _constructor(None),
    **{("hashlib", a): _constructor(a) for a in ALGORITHMS},
}


def _method(rust: str, ret, takes_data: bool = False):
    def emit(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
        if node.keywords or len(node.args) != int(takes_data):
            raise Unsupported(node, f"{rust}() with these arguments", "type-error")
        arg = _data(tr, node.args[0])[len("Some(") : -1] if takes_data else ""
        return Val(f"{recv.receiver()}.{rust}({arg})", ret)

    return emit


HASH_METHODS = {
    "update": _method("update", NONE, True),
    "digest": _method("digest", BYTES),
    "hexdigest": _method("hexdigest", STR),
    "copy": _method("copy", HASH),
}


def hash_attribute(base: Val, attr: str) -> Val | None:
    kinds = {"name": STR, "digest_size": INT, "block_size": INT}
    return Val(f"{base.receiver()}.{attr}()", kinds[attr]) if attr in kinds else None

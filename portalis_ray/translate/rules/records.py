"""Dicts used as records: `{"name": "Ann", "age": 31, "tags": ["x"]}`.

Python programs often keep a record in a dict whose values have different types; Rust has
no one value type for them. When the first translation fails on such a conflict, api.py
translates again in records mode: a dict display with constant str keys whose values do not
share a type becomes a `pyrt::Record`, the values in a Rust tuple behind a shared cell (a
dict's reference semantics) and the keys in a marker type, so it prints as the dict.

A record is read and written by constant keys (`r["age"]`, `r["age"] += 1`, `r.get("age")`),
printed, compared, copied, measured with len() and iterated for its keys. What would need
a key known only at run time, a new key, or a value of several types at once (`r[k]`,
`r["new"] = 1`, `del r["age"]`, `r.items()`) is refused at its line.
"""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.types import (
    NONE,
    RECORD_MARKERS,
    STR,
    ListT,
    PyType,
    RecordT,
    TypeConflict,
    join,
    record_marker,
)
from portalis_ray.translate.rules.values import Unsupported, Val, rust_str_literal

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import Translator

_MARKER = re.compile(r"\bRecordKeys_\w+")


def record_keys(node: ast.Dict) -> tuple[str, ...] | None:
    """The keys of a display that can be a record: constant, distinct strs."""
    keys = tuple(k.value for k in node.keys if isinstance(k, ast.Constant))
    if len(keys) != len(node.keys) or not keys or len(set(keys)) != len(keys):
        return None
    return keys if all(isinstance(k, str) for k in keys) else None  # type: ignore[return-value]


def record_display(tr: Translator, node: ast.Dict, expected: PyType | None) -> Val | None:
    """The display as a record when its values have different types, else None."""
    keys = record_keys(node)
    if keys is None:
        return None
    hints = expected.vals if isinstance(expected, RecordT) and expected.keys == keys else None
    vals = [tr.expr(v, hints[i] if hints else None) for i, v in enumerate(node.values)]
    if hints is None:
        try:
            common: PyType = vals[0].t
            for v in vals[1:]:
                common = join(common, v.t)
            return None  # one value type: an ordinary dict
        except TypeConflict:
            pass
    types = hints or tuple(v.t for v in vals)
    codes = [tr.coerce(v, t, n).code for v, t, n in zip(vals, types, node.values)]
    t = RecordT(keys, types)
    tail = "," if len(codes) == 1 else ""
    return Val(f"pyrt::Record::<{record_marker(keys)}, _>::new(({', '.join(codes)}{tail}))", t)


def _position(t: RecordT, key: Val, node: ast.AST) -> int:
    if not isinstance(key.lit, str):
        raise Unsupported(
            node, "a record dict is read by constant keys only (its values differ in type)"
        )
    if key.lit not in t.keys:
        raise Unsupported(node, f"key {key.lit!r} is not in this record dict", "key-error")
    return t.keys.index(key.lit)


def record_get(tr: Translator, base: Val, key: Val, node: ast.AST) -> Val:
    """`r["age"]`."""
    t: RecordT = base.t  # type: ignore[assignment]
    i = _position(t, key, node)
    return Val(f"{base.receiver()}.0.borrow().{i}.clone()", t.vals[i])


def record_set(
    tr: Translator, base: Val, base_node: ast.expr, key: Val, val: Val, node: ast.AST
) -> None:
    """`r["age"] = 32`: the field's type widens as a variable's would."""
    t: RecordT = base.t  # type: ignore[assignment]
    i = _position(t, key, node)
    wider = tr.join_at(t.vals[i], val.t, node)
    if wider != t.vals[i]:
        tr.refine(base_node, RecordT(t.keys, (*t.vals[:i], wider, *t.vals[i + 1 :])))
    code = tr.coerce(val, wider, node).code
    tr.line(f"{{ let __v = {code}; {base.receiver()}.0.borrow_mut().{i} = __v; }}")


def record_method(tr: Translator, base: Val, name: str, node: ast.Call) -> Val:
    """`r.get("age")`, `r.keys()`, `r.copy()`."""
    t: RecordT = base.t  # type: ignore[assignment]
    if node.keywords:
        raise Unsupported(node, f"{name}() with keywords on a record dict", "type-error")
    if name == "get" and 1 <= len(node.args) <= 2:
        key = tr.expr(node.args[0])
        if isinstance(key.lit, str) and key.lit not in t.keys:
            if len(node.args) == 2:
                return tr.expr(node.args[1])
            return Val("None", NONE)
        return record_get(tr, base, key, node.args[0])
    if name == "keys" and not node.args:
        return Val(f"{base.receiver()}.keys()", ListT(STR))
    if name == "copy" and not node.args:
        return Val(f"{base.receiver()}.copy()", t)
    if name in ("values", "items") and not node.args:
        raise Unsupported(
            node, f"{name}() of a record dict: its values have different types", "type-error"
        )
    raise Unsupported(node, f"{name}() on a record dict is not supported yet")


def record_markers(rust: str) -> str:
    """Definitions of the marker types the generated code names."""
    out = []
    for name in sorted(set(_MARKER.findall(rust))):
        keys = ", ".join(rust_str_literal(k) for k in RECORD_MARKERS[name])
        out.append(
            f"struct {name};\nimpl pyrt::RecordKeys for {name} {{\n"
            f"    const KEYS: &'static [&'static str] = &[{keys}];\n}}"
        )
    return "\n".join(out)

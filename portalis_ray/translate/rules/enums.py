"""`enum.Enum`, `IntEnum` and `StrEnum` classes, rewritten as ordinary classes.

An enum's members are instances created once, when the class statement runs,
and stored as class attributes; identity (`is`, `==`) is the instance's.
This module turns the class body into what the class machinery already
translates: `__init__(self, name, value)`, CPython's `__repr__`/`__str__`,
hashing by fields, ordering for `IntEnum`, and static methods behind `Color(value)`,
`Color["NAME"]`, `len(Color)` and `for c in Color`.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.values import Unsupported

if TYPE_CHECKING:
    from portalis_ray.translate.rules.classes import ClassInfo

ENUM_BASES = {"Enum": "enum", "IntEnum": "int", "StrEnum": "str"}
MEMBERS = "_members_"
BY_VALUE = "_missing_value_"
BY_NAME = "_member_named_"


def _is_auto(value: ast.expr) -> bool:
    return (
        isinstance(value, ast.Call)
        and not value.args
        and not value.keywords
        and (
            (isinstance(value.func, ast.Name) and value.func.id == "auto")
            or (isinstance(value.func, ast.Attribute) and value.func.attr == "auto")
        )
    )


def _member_values(info: ClassInfo, kind: str) -> list[tuple[str, ast.expr]]:
    """Members in definition order with `auto()` resolved as CPython does."""
    out: list[tuple[str, ast.expr]] = []
    last: int | None = 0
    for name, value in info.class_attrs.items():
        if name.startswith("_"):
            continue
        if _is_auto(value):
            if kind == "str":
                value = ast.Constant(name.lower())
            elif last is None:
                raise Unsupported(value, "auto() after a non-integer enum value is not supported")
            else:
                last += 1
                value = ast.Constant(last)
        elif isinstance(value, ast.Constant) and type(value.value) is int:
            last = value.value
        else:
            last = None
        ast.copy_location(value, info.class_attrs[name])
        out.append((name, value))
    if not out:
        raise Unsupported(info.node, f"enum {info.name} has no members")
    return out


def synthesise_enum(info: ClassInfo, base: str, synth) -> None:
    """Rewrite an enum class body into fields, members and lookups."""
    kind = ENUM_BASES[base]
    if "__init__" in info.methods or "__new__" in info.methods:
        raise Unsupported(info.node, "enums with their own __init__/__new__ are not supported yet")
    members = _member_values(info, kind)
    name = info.name
    info.enum = kind
    info.class_attrs = {}
    for m, v in members:
        cls = ast.Name(id=name, ctx=ast.Load())
        make = ast.Call(func=cls, args=[ast.Constant(m), v], keywords=[])
        make.enum_member = True  # type: ignore[attr-defined]  # allocates; `Color(v)` looks up
        info.class_attrs[m] = ast.fix_missing_locations(ast.copy_location(make, v))
    listing = ", ".join(f"{name}.{m}" for m, _ in members)
    methods = {
        "__init__": "def __init__(self, name, value):\n"
        "    self.name = name\n    self.value = value",
        "__repr__": f"def __repr__(self):\n    return f'<{name}.{{self.name}}: {{self.value!r}}>'",
        MEMBERS: f"def {MEMBERS}():\n    return [{listing}]",
        BY_VALUE: f"def {BY_VALUE}(value):\n"
        f"    for m in {name}.{MEMBERS}():\n"
        "        if m.value == value:\n            return m\n"
        f"    raise ValueError(f'{{value!r}} is not a valid {name}')",
        BY_NAME: f"def {BY_NAME}(key):\n"
        f"    for m in {name}.{MEMBERS}():\n"
        "        if m.name == key:\n            return m\n"
        "    raise KeyError(key)",
    }
    methods["__str__"] = {
        "enum": f"def __str__(self):\n    return f'{name}.{{self.name}}'",
        "int": "def __str__(self):\n    return str(self.value)",
        "str": "def __str__(self):\n    return self.value",
    }[kind]
    if kind == "int":
        for dunder, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            methods[dunder] = f"def {dunder}(self, other):\n    return self.value {op} other.value"
        methods["__int__"] = "def __int__(self):\n    return self.value"
        # Arithmetic and comparisons with ints use the value (types.is_int_enum).
    for method, src in methods.items():
        if method in info.methods:
            continue
        info.methods[method] = synth(src, info.node)
        info.kinds[method] = "static" if method in (MEMBERS, BY_VALUE, BY_NAME) else "method"
    info.frozen = True

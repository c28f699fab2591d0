"""`dataclasses.asdict`, `astuple` and `replace`, built from the class's fields."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.types import ClassT, ListT
from portalis_ray.translate.rules.values import Unsupported, Val

if TYPE_CHECKING:
    from portalis_ray.translate.rules.modules import ModuleFn
    from portalis_ray.translate.rules.translator import Translator


def _pure(node: ast.expr) -> bool:
    """Evaluating ``node`` twice gives the same value and does nothing else."""
    if isinstance(node, (ast.Name, ast.Constant)):
        return True
    if isinstance(node, ast.Attribute):
        return _pure(node.value)
    if isinstance(node, ast.Subscript):
        return _pure(node.value) and _pure(node.slice)
    return False


def _fields(tr: Translator, node: ast.expr, name: str) -> tuple[str, list[str]]:
    """The dataclass of ``node`` and its field names, in order."""
    t = tr.unwrap_opt(tr.expr(node)).t
    cls = tr.class_of(t) if isinstance(t, ClassT) else None
    if cls is None or not cls.dataclass_fields or len(tr.family(cls.root)) != 1:
        raise Unsupported(node, f"dataclasses.{name}() needs a dataclass instance", "type-error")
    if not _pure(node):
        raise Unsupported(node, f"dataclasses.{name}() of a computed value: bind it to a name")
    return cls.name, [f for f, _, _ in cls.dataclass_fields]


def _converted(tr: Translator, value: ast.expr, to: str) -> ast.expr:
    """A field's value as asdict/astuple give it: nested dataclasses (and lists of them)
    converted too."""
    t = tr.unwrap_opt(tr.expr(value)).t
    inner = tr.class_of(t) if isinstance(t, ClassT) else None
    if inner is not None and inner.dataclass_fields:
        return _build(tr, value, to)
    if isinstance(t, ListT) and isinstance(t.elem, ClassT):
        item = tr.class_of(t.elem)
        if item is not None and item.dataclass_fields:
            var = ast.Name("__dc_item", ast.Load())
            gen = ast.comprehension(ast.Name("__dc_item", ast.Store()), value, [], 0)
            return ast.ListComp(
                _build_fields(item.name, [f for f, _, _ in item.dataclass_fields], var, to), [gen]
            )
    return value


def _build_fields(cls: str, fields: list[str], obj: ast.expr, to: str) -> ast.expr:
    values = [ast.Attribute(obj, f, ast.Load()) for f in fields]
    if to == "dict":
        return ast.Dict([ast.Constant(f) for f in fields], values)
    return ast.Tuple(values, ast.Load())


def _build(tr: Translator, obj: ast.expr, to: str) -> ast.expr:
    _cls, fields = _fields(tr, obj, "asdict" if to == "dict" else "astuple")
    values = [_converted(tr, ast.Attribute(obj, f, ast.Load()), to) for f in fields]
    if to == "dict":
        return ast.Dict([ast.Constant(f) for f in fields], values)
    return ast.Tuple(values, ast.Load())


def _as(to: str) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        if len(node.args) != 1 or node.keywords:
            raise Unsupported(node, "asdict(obj)/astuple(obj) take one instance", "type-error")
        built = _build(tr, node.args[0], to)
        return tr.expr(ast.fix_missing_locations(ast.copy_location(built, node)))

    return emit


def _replace(tr: Translator, node: ast.Call) -> Val:
    """`replace(obj, **changes)`: a new instance from obj's fields and the changes."""
    if len(node.args) != 1 or any(k.arg is None for k in node.keywords):
        raise Unsupported(node, "replace(obj, field=value, ...) only", "type-error")
    cls, fields = _fields(tr, node.args[0], "replace")
    changes = {k.arg: k.value for k in node.keywords}
    unknown = set(changes) - set(fields)
    if unknown:
        raise Unsupported(
            node, f"replace() got an unexpected field {sorted(unknown)[0]!r}", "type-error"
        )
    keywords = [
        ast.keyword(f, changes[f] if f in changes else ast.Attribute(node.args[0], f, ast.Load()))
        for f in fields
    ]
    call = ast.Call(ast.Name(cls, ast.Load()), [], keywords)
    return tr.expr(ast.fix_missing_locations(ast.copy_location(call, node)))


DATACLASS_FUNCTIONS: dict[tuple[str, str], ModuleFn] = {
    ("dataclasses", "asdict"): _as("dict"),
    ("dataclasses", "astuple"): _as("tuple"),
    ("dataclasses", "replace"): _replace,
}

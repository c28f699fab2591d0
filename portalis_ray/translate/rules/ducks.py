"""Unrelated classes used interchangeably (duck typing), given a common hidden base.

`shapes = [Circle(1), Square(2)]` puts instances of two classes without a common base into
one list: Python calls `area()` on whichever it holds. Rust needs one type there. When such
classes meet in a slot, the retry in api.py gives each group of them an empty common base
class, so they become one class family: one Rust type whose methods dispatch on the class,
as for any hierarchy (a method one class lacks raises AttributeError as in Python).

Only top-level classes with no base but ``object``, no keywords and no decorator but
`@dataclass` take part;
the base is invisible to the program (it defines nothing, and no name refers to it).
"""

from __future__ import annotations

import ast

from portalis_ray.translate.rules.generic import Grouping
from portalis_ray.translate.rules.types import ClassT

DUCK_PREFIX = "_PortalisDuckBase"


def plain_roots(tree: ast.Module) -> set[str]:
    """Top-level classes that can be given a base: no base but object, no decorator, no
    keyword (metaclass=...)."""
    out = set()
    for stmt in tree.body:
        if not isinstance(stmt, ast.ClassDef) or stmt.keywords:
            continue
        if not all(_is_dataclass(d) for d in stmt.decorator_list):
            continue
        if all(isinstance(b, ast.Name) and b.id == "object" for b in stmt.bases):
            out.add(stmt.name)
    return out


def _is_dataclass(node: ast.expr) -> bool:
    """`@dataclass`, `@dataclass(...)` or `@dataclasses.dataclass...`: a dataclass may
    derive from a class without fields."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr == "dataclass"
    return isinstance(node, ast.Name) and node.id == "dataclass"


def duck_groups(groups: Grouping) -> list[set[str]]:
    """The groups of classes that get a common base, in the order of their bases' numbers."""
    members: dict[str, set[str]] = {}
    for name in list(groups.parent):
        members.setdefault(groups.find(name), set()).add(name)  # type: ignore[arg-type]
    return [members[root] for root in sorted(members)]


def join_ducks(meets: list[tuple[object, object]], roots: set[str], groups: Grouping) -> bool:
    """Join in ``groups`` the root classes that met in a value (a group's base, from the
    translation with ``groups`` as they are, stands for its classes); True if one grew."""
    bases = {f"{DUCK_PREFIX}{n}": min(g) for n, g in enumerate(duck_groups(groups))}
    grew = False
    for a, b in meets:
        if isinstance(a, ClassT) and isinstance(b, ClassT):
            x, y = bases.get(a.name, a.name), bases.get(b.name, b.name)
            if x in roots and y in roots:
                grew |= groups.union(x, y)  # type: ignore[arg-type]
    return grew


def add_duck_bases(tree: ast.Module, groups: Grouping) -> None:
    """Give each group's classes a new empty base, defined before the first of them."""
    for n, group in enumerate(duck_groups(groups)):
        base = f"{DUCK_PREFIX}{n}"
        at = next(
            i
            for i, s in enumerate(tree.body)
            if isinstance(s, ast.ClassDef) and s.name in group
        )
        first = tree.body[at]
        cls = ast.ClassDef(base, [], [], [ast.Pass()], [])
        tree.body.insert(at, ast.fix_missing_locations(ast.copy_location(cls, first)))
        for stmt in tree.body:
            if isinstance(stmt, ast.ClassDef) and stmt.name in group:
                stmt.bases = [ast.copy_location(ast.Name(base, ast.Load()), stmt)]

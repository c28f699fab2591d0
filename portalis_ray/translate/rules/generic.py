"""Generic classes: one Rust struct per way a class is used (``Stack`` of ints, of strs).

Python containers written as classes are generic by duck typing: one ``Stack`` holds
ints in one place and strs in another. Rust needs one field type per struct, so a
class used with several element types becomes several classes. The split is found
by trial: every place that names a class (a call ``Stack()``, an annotation, a class
attribute) starts as its own copy; where two copies meet in one value (a list of both,
an argument, a field) they are merged, and translation is tried again until it
succeeds or nothing more can be merged. Copies made inside a copied class (the
``Node`` of a ``LinkedList``) are that copy's own. Each copy keeps the Python name
for everything the program prints (its ``repr``, exception and type names).

Only classes without bases or subclasses are copied: a hierarchy is one struct whose
methods dispatch over all its members.
"""

from __future__ import annotations

import ast
import contextvars
import copy
from collections.abc import Iterator
from dataclasses import dataclass, field

DISPLAY_ATTR = "portalis_display_name"  # a copy's Python name
MAX_COPIES = 12  # per class; mutual recursion between classes would copy forever
MAX_ROUNDS = 16

SiteKey = tuple[str, int, int, str]  # (copy it is inside or "", line, col, class)

# Types that met without a common type during one translation (see types._join).
MEETS: contextvars.ContextVar[list[tuple[object, object]] | None] = contextvars.ContextVar(
    "portalis_meets", default=None
)


def note_meet(a: object, b: object) -> None:
    """Record two types that could not be joined (the retry merges copies from these)."""
    meets = MEETS.get()
    if meets is not None and len(meets) < 10_000:
        meets.append((a, b))


def cloneable_classes(tree: ast.Module) -> set[str]:
    """Top-level classes with no base (but ``object``) and no subclass."""
    classes = {s.name: s for s in tree.body if isinstance(s, ast.ClassDef)}
    used_as_base = {b.id for s in classes.values() for b in s.bases if isinstance(b, ast.Name)}
    out = set()
    for name, cls in classes.items():
        bases = [b for b in cls.bases if not (isinstance(b, ast.Name) and b.id == "object")]
        if bases or cls.keywords or name in used_as_base:
            continue
        out.add(name)
    return out


@dataclass
class Grouping:
    """Union-find over the places that name a copyable class."""

    parent: dict[SiteKey, SiteKey] = field(default_factory=dict)

    def find(self, key: SiteKey) -> SiteKey:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: SiteKey, b: SiteKey) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


@dataclass
class Specialised:
    """A program with copies of its generic classes, and where each copy came from."""

    tree: ast.Module
    copies: dict[str, tuple[str, SiteKey]]  # copy name -> (class, a site of its group)


class _Copier:
    def __init__(self, tree: ast.Module, names: set[str], grouping: Grouping) -> None:
        self.originals = {
            s.name: s for s in tree.body if isinstance(s, ast.ClassDef) and s.name in names
        }
        self.grouping = grouping
        self.group_names: dict[tuple[str, SiteKey], str] = {}
        self.counts: dict[str, int] = {}
        self.pending: list[tuple[str, str]] = []
        self.copies: dict[str, tuple[str, SiteKey]] = {}

    def name_for(self, cls: str, key: SiteKey) -> str:
        root = self.grouping.find(key)
        name = self.group_names.get((cls, root))
        if name is not None:
            return name
        n = self.counts.get(cls, 0)
        if n >= MAX_COPIES:  # the last copy serves the rest
            name = cls if n == 0 else f"{cls}__{n}"
            self.group_names[(cls, root)] = name
            return name
        name = cls if n == 0 else f"{cls}__{n + 1}"
        self.counts[cls] = n + 1
        self.group_names[(cls, root)] = name
        self.copies[name] = (cls, root)
        self.pending.append((cls, name))
        return name

    def rewrite(self, node: ast.AST, tag: str, own: tuple[str, str] | None = None) -> None:
        """Rename each mention of a copyable class in ``node`` to its group's copy."""
        for sub in _names(node):
            if sub.id not in self.originals:
                continue
            if own is not None and sub.id == own[0]:
                sub.id = own[1]  # the class itself, inside its own copy
                continue
            sub.id = self.name_for(sub.id, (tag, sub.lineno, sub.col_offset, sub.id))


def _names(node: ast.AST) -> Iterator[ast.Name]:
    """Name nodes under ``node``, string annotations parsed in place."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            yield sub
        elif isinstance(sub, (ast.arg, ast.AnnAssign, ast.FunctionDef)):
            attr = "returns" if isinstance(sub, ast.FunctionDef) else "annotation"
            ann = getattr(sub, attr, None)
            if isinstance(ann, ast.Constant) and isinstance(ann.value, str):
                try:
                    parsed = ast.parse(ann.value, mode="eval").body
                except SyntaxError:
                    continue
                ast.copy_location(parsed, ann)
                for inner in ast.walk(parsed):
                    ast.copy_location(inner, ann)
                setattr(sub, attr, parsed)  # ast.walk queued the old node: walk it here
                yield from (n for n in ast.walk(parsed) if isinstance(n, ast.Name))


def specialise(tree: ast.Module, names: set[str], grouping: Grouping) -> Specialised:
    """``tree`` with each group of places naming a class in ``names`` given its own copy."""
    copier = _Copier(tree, names, grouping)
    body: list[ast.stmt] = []
    for stmt in tree.body:
        if isinstance(stmt, ast.ClassDef) and stmt.name in names:
            body.append(stmt)  # replaced by its copies below
            continue
        copier.rewrite(stmt, "")
        body.append(stmt)
    made: dict[str, list[ast.ClassDef]] = {}
    while copier.pending:
        cls, name = copier.pending.pop(0)
        clone = copy.deepcopy(copier.originals[cls])
        clone.name = name
        setattr(clone, DISPLAY_ATTR, cls)
        copier.rewrite(clone, name, (cls, name))
        made.setdefault(cls, []).append(clone)
    out: list[ast.stmt] = []
    for stmt in body:
        if isinstance(stmt, ast.ClassDef) and stmt.name in names:
            out.extend(made.get(stmt.name, [stmt]))
        else:
            out.append(stmt)
    return Specialised(ast.Module(out, tree.type_ignores), copier.copies)


def class_names(t: object) -> set[str]:
    """Class names mentioned anywhere in an inferred type."""
    from portalis_ray.translate.rules.types import ClassT

    found: set[str] = set()
    stack = [t]
    while stack:
        item = stack.pop()
        if isinstance(item, ClassT):
            found.add(item.name)
        elif hasattr(item, "__dataclass_fields__"):
            for name in item.__dataclass_fields__:  # type: ignore[attr-defined]
                value = getattr(item, name)
                if isinstance(value, tuple):
                    stack.extend(value)
                else:
                    stack.append(value)
    return found


def merges(spec: Specialised, meets: list[tuple[object, object]]) -> list[tuple[SiteKey, SiteKey]]:
    """Groups to merge: copies of one class that met in a value."""
    out = []
    for a, b in meets:
        for x in class_names(a):
            for y in class_names(b):
                if x == y or x not in spec.copies or y not in spec.copies:
                    continue
                (cx, kx), (cy, ky) = spec.copies[x], spec.copies[y]
                if cx == cy:
                    out.append((kx, ky))
    return out


def unresolved(spec: Specialised, tr: object) -> list[tuple[SiteKey, list[SiteKey]]]:
    """Copies whose types stayed unknown (``Stack()`` only ever popped), each with the
    other copies of its class it could be merged into (whose uses say what the types are)."""
    bad: list[str] = []
    for name in spec.copies:
        types = [
            tr.field_type(name, f)  # type: ignore[attr-defined]
            for f in tr.fields.get(name, set())  # type: ignore[attr-defined]
        ]
        for info in tr.methods.values():  # type: ignore[attr-defined]
            if info.cls == name and info.name in tr.called:  # type: ignore[attr-defined]
                types.append(tr.slot_get(("ret", info.sig)))  # type: ignore[attr-defined]
                types += [
                    tr.param_type(info.name, i)  # type: ignore[attr-defined]
                    for i in range(len(info.params))
                ]
        if any(t.has_unknown() for t in types):
            bad.append(name)
    out = []
    for name in bad:
        cls, key = spec.copies[name]
        partners = [k for n, (c, k) in spec.copies.items() if c == cls and n not in bad]
        out.append((key, partners))
    return out

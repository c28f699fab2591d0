"""The static type lattice the rules backend infers for Python values.

Inference only ever moves a type up this lattice (``join``): ``unknown`` <
concrete types, ``bool`` < ``int`` < ``float``, ``T`` and ``None`` join to
``Optional[T]``, containers join element-wise. Two types with no join are a
``TypeConflict``: Rust needs one type per variable, so the user is told where.
"""

from __future__ import annotations

import zlib
from contextvars import ContextVar
from dataclasses import dataclass, field

from portalis_ray.translate.rules.generic import note_meet


class TypeConflict(Exception):
    """Two types meet that no single Rust type can hold."""


class PyType:
    """Base of all inferred types."""

    def python(self) -> str:
        """Render as a Python annotation (for contracts and messages)."""
        raise NotImplementedError

    def rust(self) -> str:
        """Render as a Rust type."""
        raise NotImplementedError

    def is_copy(self) -> bool:
        """True when a Rust value of this type is `Copy` (no `.clone()` needed)."""
        return False

    def has_unknown(self) -> bool:
        """True while some part of the type is still undetermined."""
        return False


@dataclass(frozen=True)
class Prim(PyType):
    """int, float, bool, str and None."""

    name: str

    def python(self) -> str:
        return self.name

    def rust(self) -> str:
        return _PRIM_RUST[self.name]

    def is_copy(self) -> bool:
        return self.name != "str"


_PRIM_RUST = {
    "int": "i64",
    "float": "f64",
    "bool": "bool",
    "str": "String",
    "None": "()",
    "int | float": "pyrt::Num",
}

INT = Prim("int")
FLOAT = Prim("float")
BOOL = Prim("bool")
STR = Prim("str")
NONE = Prim("None")
NUM = Prim("int | float")  # a slot that holds ints and floats: pyrt::Num keeps the kind


@dataclass(frozen=True)
class BigIntT(PyType):
    """An int that may outgrow 64 bits (`2**64`, factorials): `pyrt::Int`, exact at any size.

    Python has one int type; the translator keeps `i64` where nothing suggests a value can
    grow past it and uses this wider kind where something does (see bigint.py)."""

    def python(self) -> str:
        return "int"

    def rust(self) -> str:
        return "pyrt::Int"


BIG = BigIntT()


@dataclass(frozen=True)
class ObjT(PyType):
    """A slot holding values of several scalar types (`{"name": "Ann", "age": 30}`, a parser
    returning an int or a str): `pyrt::Obj`, which keeps each value's kind and applies
    Python's rules (and its TypeErrors) when it is used. Only in dynamic mode (`DYNAMIC`).

    ``opaque``: the slot may also hold containers and instances (`ANYOBJ`, a function that
    returns a list or a str); such a value is only printed, compared with `==`, hashed or
    tested for truth, and anything else is refused at translation."""

    opaque: bool = False

    def python(self) -> str:
        return "object"

    def rust(self) -> str:
        return "pyrt::Obj"


OBJ = ObjT()
ANYOBJ = ObjT(True)
# Set while a module is translated again after static types failed: scalars of different
# types then meet as OBJ instead of being a conflict.
DYNAMIC: ContextVar[bool] = ContextVar("portalis_dynamic", default=False)
# The IntEnum classes of the module being translated: their members are ints too.
INT_ENUMS: ContextVar[frozenset[str]] = ContextVar("portalis_int_enums", default=frozenset())


def is_int_enum(t: PyType) -> bool:
    return isinstance(t, ClassT) and t.name in INT_ENUMS.get()


@dataclass(frozen=True)
class Unknown(PyType):
    """Not determined yet (an empty container's element, an uncalled parameter)."""

    def python(self) -> str:
        return "Any"

    def rust(self) -> str:
        return "i64"  # only reached for containers that never receive an element

    def is_copy(self) -> bool:
        return True

    def has_unknown(self) -> bool:
        return True


UNKNOWN = Unknown()


@dataclass(frozen=True)
class ListT(PyType):
    elem: PyType

    def python(self) -> str:
        return f"list[{self.elem.python()}]"

    def rust(self) -> str:
        return f"List<{self.elem.rust()}>"

    def has_unknown(self) -> bool:
        return self.elem.has_unknown()


@dataclass(frozen=True)
class SetT(PyType):
    elem: PyType
    frozen: bool = False  # a frozenset: the same Rust set, printed `frozenset({...})`

    def python(self) -> str:
        return f"{'frozenset' if self.frozen else 'set'}[{self.elem.python()}]"

    def rust(self) -> str:
        return f"Set<{self.elem.rust()}>"

    def has_unknown(self) -> bool:
        return self.elem.has_unknown()


@dataclass(frozen=True)
class DictT(PyType):
    """A dict; ``kind`` names the dict subclass (same Rust type, other behaviour)."""

    key: PyType
    val: PyType
    kind: str = "dict"  # dict | defaultdict | Counter | OrderedDict
    # A defaultdict's factory type: what a missing key gets once the values are `object`.
    factory: PyType | None = field(default=None, compare=False)

    def python(self) -> str:
        return f"{self.kind}[{self.key.python()}, {self.val.python()}]"

    def rust(self) -> str:
        return f"Dict<{self.key.rust()}, {self.val.rust()}>"

    def has_unknown(self) -> bool:
        return self.key.has_unknown() or self.val.has_unknown()


@dataclass(frozen=True)
class RecordT(PyType):
    """A dict display with constant str keys and values of different types, `{"name": "Ann",
    "age": 31}` (records mode only, see records.py): `pyrt::Record` over a tuple."""

    keys: tuple[str, ...]
    vals: tuple[PyType, ...]

    def python(self) -> str:
        return "{" + ", ".join(f"{k!r}: {v.python()}" for k, v in zip(self.keys, self.vals)) + "}"

    def rust(self) -> str:
        values = "".join(f"{v.rust()}, " for v in self.vals).rstrip(" ")
        return f"pyrt::Record<{record_marker(self.keys)}, ({values})>"

    def has_unknown(self) -> bool:
        return any(v.has_unknown() for v in self.vals)


RECORD_MARKERS: dict[str, tuple[str, ...]] = {}  # marker type name -> the keys it names


def record_marker(keys: tuple[str, ...]) -> str:
    """The Rust marker type naming a record's keys (its definition: records.py)."""
    words = "_".join("".join(c if c.isalnum() else "_" for c in k)[:12] for k in keys)[:40]
    name = f"RecordKeys_{words}_{zlib.crc32(repr(keys).encode()):08x}"
    RECORD_MARKERS[name] = keys
    return name


# Set while a module is translated again with dict displays of mixed values as records.
RECORDS: ContextVar[bool] = ContextVar("portalis_records", default=False)


@dataclass(frozen=True)
class DequeT(PyType):
    """`collections.deque`: `pyrt::Deque` (reference semantics like a list)."""

    elem: PyType

    def python(self) -> str:
        return f"deque[{self.elem.python()}]"

    def rust(self) -> str:
        return f"pyrt::Deque<{self.elem.rust()}>"

    def has_unknown(self) -> bool:
        return self.elem.has_unknown()


@dataclass(frozen=True)
class TupleT(PyType):
    items: tuple[PyType, ...]

    def python(self) -> str:
        return f"tuple[{', '.join(t.python() for t in self.items)}]"

    def rust(self) -> str:
        if len(self.items) == 1:
            return f"({self.items[0].rust()},)"
        return f"({', '.join(t.rust() for t in self.items)})"

    def is_copy(self) -> bool:
        return all(t.is_copy() for t in self.items)

    def has_unknown(self) -> bool:
        return any(t.has_unknown() for t in self.items)


@dataclass(frozen=True)
class SeqT(PyType):
    """``tuple[T, ...]``: a tuple whose length is known only at run time."""

    elem: PyType

    def python(self) -> str:
        return f"tuple[{self.elem.python()}, ...]"

    def rust(self) -> str:
        return f"Tuple<{self.elem.rust()}>"

    def has_unknown(self) -> bool:
        return self.elem.has_unknown()


@dataclass(frozen=True)
class OptT(PyType):
    inner: PyType

    def python(self) -> str:
        return f"{self.inner.python()} | None"

    def rust(self) -> str:
        return f"Option<{self.inner.rust()}>"

    def is_copy(self) -> bool:
        return self.inner.is_copy()

    def has_unknown(self) -> bool:
        return self.inner.has_unknown()


@dataclass(frozen=True)
class IterT(PyType):
    """A lazy iterable (range, zip, enumerate, generator expression...)."""

    elem: PyType
    kind: str = "iter"  # "range" for range objects (they support len/in)

    def python(self) -> str:
        return f"Iterator[{self.elem.python()}]"

    def rust(self) -> str:
        return f"impl Iterator<Item = {self.elem.rust()}>"

    def has_unknown(self) -> bool:
        return self.elem.has_unknown()


@dataclass(frozen=True)
class IteratorT(PyType):
    """An iterator object held in a variable or field (`iter(xs)`): `pyrt::PyIter`."""

    elem: PyType

    def python(self) -> str:
        return f"Iterator[{self.elem.python()}]"

    def rust(self) -> str:
        return f"pyrt::PyIter<{self.elem.rust()}>"

    def has_unknown(self) -> bool:
        return self.elem.has_unknown()


@dataclass(frozen=True)
class FuncT(PyType):
    """A reference to a top-level function or builtin used as a value."""

    name: str

    def python(self) -> str:
        return "Callable"

    def rust(self) -> str:
        raise TypeConflict(f"function '{self.name}' used as a value")


@dataclass(frozen=True)
class CallableT(PyType):
    """A function value (lambda, closure, a function passed as an argument): `pyrt::Func`."""

    params: tuple[PyType, ...]
    ret: PyType

    def python(self) -> str:
        return f"Callable[[{', '.join(p.python() for p in self.params)}], {self.ret.python()}]"

    def rust(self) -> str:
        args = "".join(f"{p.rust()}, " for p in self.params)
        ret = "()" if isinstance(self.ret, Unknown) else self.ret.rust()
        return f"pyrt::Func<({args.rstrip(' ')}), {ret}>"

    def has_unknown(self) -> bool:
        return any(p.has_unknown() for p in self.params) or self.ret.has_unknown()


@dataclass(frozen=True)
class ModuleT(PyType):
    """An imported module (``sys``)."""

    name: str

    def python(self) -> str:
        return "module"

    def rust(self) -> str:
        raise TypeConflict(f"module '{self.name}' used as a value")


@dataclass(frozen=True)
class ClassT(PyType):
    """An instance of a user class; ``name`` is the root of its class hierarchy."""

    name: str

    def python(self) -> str:
        return self.name

    def rust(self) -> str:
        from portalis_ray.translate.rules.values import rust_ident

        return rust_ident(self.name)


@dataclass(frozen=True)
class OpaqueT(PyType):
    """A runtime object with its own Rust type (`re.Pattern` -> `pyrt::Regex`).

    ``groups`` is the number of capture groups of a pattern or match when the pattern was a
    literal (-1 when unknown); ``optional`` the groups of that literal that may match nothing
    (in an alternative or an optional part: `group()` gives None for them)."""

    name: str
    rust_type: str
    groups: int = -1
    optional: frozenset = frozenset()  # groups (numbers and names) that may not take part

    def python(self) -> str:
        return self.name

    def rust(self) -> str:
        return self.rust_type


@dataclass(frozen=True)
class ExcT(PyType):
    """A caught exception (``except ValueError as e``): Rust's ``PyErr``."""

    def python(self) -> str:
        return "Exception"

    def rust(self) -> str:
        return "PyErr"


EXC = ExcT()

NUMERIC_RANK = {BOOL: 0, INT: 1, BIG: 2, FLOAT: 3, NUM: 4}


def is_num(t: PyType) -> bool:
    """bool, int or float."""
    return t in NUMERIC_RANK


def join(a: PyType, b: PyType) -> PyType:
    """Least upper bound of two types; raises TypeConflict when there is none.

    An int and a float meet as `int | float` (each value keeps its kind)."""
    return _join(a, b, False)


def widen_join(a: PyType, b: PyType) -> PyType:
    """Like `join`, but an int meets a float as a float (a declared `float` slot)."""
    return _join(a, b, True)


def _join(a: PyType, b: PyType, widen: bool) -> PyType:
    if a == b:
        return a
    if isinstance(a, Unknown):
        return b
    if isinstance(b, Unknown):
        return a
    if a in NUMERIC_RANK and b in NUMERIC_RANK:
        if BIG in (a, b) and (FLOAT in (a, b) or NUM in (a, b)):
            if widen and NUM not in (a, b):
                return FLOAT  # a declared float slot
            raise TypeConflict(f"{_short(a)} and {_short(b)}")
        if FLOAT in (a, b) and NUM not in (a, b) and not widen:
            return NUM  # an int and a float in one slot: each prints as itself
        return a if NUMERIC_RANK[a] >= NUMERIC_RANK[b] else b
    if OBJ in (a, b) and _scalar(a) and _scalar(b):
        return OBJ  # None included
    if ANYOBJ in (a, b) and _holdable(a) and _holdable(b):
        return ANYOBJ
    if (is_int_enum(a) and b in (INT, BOOL)) or (is_int_enum(b) and a in (INT, BOOL)):
        return INT  # an IntEnum member is an int
    if a == NONE:
        return b if isinstance(b, OptT) else OptT(b)
    if b == NONE:
        return a if isinstance(a, OptT) else OptT(a)
    if isinstance(a, OptT) or isinstance(b, OptT):
        ai = a.inner if isinstance(a, OptT) else a
        bi = b.inner if isinstance(b, OptT) else b
        inner = _join(ai, bi, widen)
        return inner if isinstance(inner, ObjT) else OptT(inner)
    if type(a) is type(b):
        if isinstance(a, ListT):
            return ListT(_join(a.elem, b.elem, widen))
        if isinstance(a, SetT):
            if a.frozen != b.frozen:
                raise TypeConflict(f"{_short(a)} and {_short(b)}")
            return SetT(_join(a.elem, b.elem, widen), a.frozen)
        if isinstance(a, SeqT):
            return SeqT(_join(a.elem, b.elem, widen))
        if isinstance(a, DictT):
            kinds = {a.kind, b.kind} - {"dict"}
            if len(kinds) > 1:
                raise TypeConflict(f"{_short(a)} and {_short(b)}")
            kind = kinds.pop() if kinds else "dict"
            key, val = _join(a.key, b.key, widen), _join(a.val, b.val, widen)
            return DictT(key, val, kind, a.factory or b.factory)
        if isinstance(a, DequeT):
            return DequeT(_join(a.elem, b.elem, widen))
        if isinstance(a, RecordT) and a.keys == b.keys:
            return RecordT(a.keys, tuple(_join(x, y, widen) for x, y in zip(a.vals, b.vals)))
        if isinstance(a, IteratorT):
            return IteratorT(_join(a.elem, b.elem, widen))
        if isinstance(a, TupleT) and len(a.items) == len(b.items):
            return TupleT(tuple(_join(x, y, widen) for x, y in zip(a.items, b.items)))
        if isinstance(a, TupleT) and a.items and b.items:
            # `(1, 5, 10)` and `(1, 3)`: tuples of one element type and several lengths
            return SeqT(_join(elem_type(a) or UNKNOWN, elem_type(b) or UNKNOWN, widen))
        if isinstance(a, IterT):
            return IterT(_join(a.elem, b.elem, widen), a.kind if a.kind == b.kind else "iter")
        if isinstance(a, CallableT) and len(a.params) == len(b.params):
            params = tuple(_join(x, y, widen) for x, y in zip(a.params, b.params))
            return CallableT(params, _join(a.ret, b.ret, widen))
    if isinstance(a, OpaqueT) and isinstance(b, OpaqueT) and a.rust_type == b.rust_type:
        # matches of two patterns: group counts differ; a group either may miss may be None
        groups = a.groups if a.groups == b.groups else -1
        return OpaqueT(a.name, a.rust_type, groups, a.optional | b.optional)
    if isinstance(a, RecordT) and isinstance(b, DictT) and b.key in (STR, UNKNOWN):
        return a  # an earlier round's view of the display, before its values had types
    if isinstance(b, RecordT) and isinstance(a, DictT) and a.key in (STR, UNKNOWN):
        return b
    if isinstance(a, SeqT) and isinstance(b, TupleT):
        return SeqT(join(a.elem, elem_type(b) or UNKNOWN))
    if isinstance(b, SeqT) and isinstance(a, TupleT):
        return SeqT(join(b.elem, elem_type(a) or UNKNOWN))
    if DYNAMIC.get() and _scalar(a) and _scalar(b):
        return OBJ
    if DYNAMIC.get() and _holdable(a) and _holdable(b):
        return ANYOBJ  # a list and a str, an instance and None: printed, compared, hashed
    note_meet(a, b)  # copies of one generic class meeting: merged on retry
    raise TypeConflict(f"{_short(a)} and {_short(b)}")


def _short(t: PyType) -> str:
    text = t.python()
    return text if len(text) <= 60 else text[:57] + "..."


def mentions(t: PyType, part: PyType | type[PyType]) -> bool:
    """Whether ``part`` occurs in ``t`` (`int` in `dict[str, list[int]]`); a class: whether
    a type of that kind does (`RecordT` in `list[{'name': str}]`)."""
    if t == part or (isinstance(part, type) and isinstance(t, part)):
        return True
    return any(mentions(v, part) for v in vars(t).values() if isinstance(v, PyType)) or any(
        mentions(x, part)
        for v in vars(t).values()
        if isinstance(v, tuple)
        for x in v
        if isinstance(x, PyType)
    )


MAX_TYPE_DEPTH = 10  # deeper means a value nested in itself: `("add", left, right)` trees


def depth(t: PyType) -> int:
    """How deeply container and tuple types nest in ``t``."""
    parts = [v for v in vars(t).values() if isinstance(v, PyType)] + [
        x for v in vars(t).values() if isinstance(v, tuple) for x in v if isinstance(x, PyType)
    ]
    return 1 + max((depth(p) for p in parts), default=0)


def collapse(t: PyType) -> PyType:
    """A type nested inside itself, for dynamic mode: its parts below the first level
    become dynamic values (`tuple[str, object, object]`), so inference settles."""
    if isinstance(t, TupleT):
        return TupleT(tuple(_shallow(i) for i in t.items))
    if isinstance(t, (ListT, SeqT, DequeT, IteratorT)):
        return type(t)(_shallow(t.elem))  # type: ignore[call-arg]
    if isinstance(t, OptT):
        return OptT(collapse(t.inner))
    if isinstance(t, DictT):
        return DictT(t.key, _shallow(t.val), t.kind, t.factory)
    return ANYOBJ if _holdable(t) else t


def _shallow(t: PyType) -> PyType:
    return ANYOBJ if depth(t) > 1 and _holdable(t) else t


SCALARS = (INT, BIG, FLOAT, BOOL, STR, NONE, NUM, OBJ)


def _holdable(t: PyType) -> bool:
    """A type `pyrt::Obj::Any` can hold besides the scalars (it prints, compares, hashes)."""
    if isinstance(t, OptT):
        t = t.inner
    if _scalar(t) or t == ANYOBJ:
        return True
    return isinstance(t, (ListT, DictT, SetT, TupleT, SeqT, ClassT))


def _scalar(t: PyType) -> bool:
    """A type `pyrt::Obj` can hold."""
    return t in SCALARS or (isinstance(t, OptT) and t.inner in SCALARS)


def widenable(t: PyType) -> bool:
    """Whether inference may still widen a declared type: `float` slots also take ints (which
    stay ints), `int` slots take ints beyond 64 bits, and unknown parts are filled in."""
    return t.has_unknown() or mentions(t, FLOAT) or mentions(t, INT)


def elem_type(t: PyType) -> PyType | None:
    """What iterating over a value of type ``t`` yields, or None if not iterable."""
    if isinstance(t, (ListT, SetT, IterT, SeqT, DequeT, IteratorT)):
        return t.elem
    if isinstance(t, DictT):
        return t.key
    if t == STR or isinstance(t, RecordT):
        return STR
    if isinstance(t, OpaqueT) and t.name == "bytes":
        return INT
    if isinstance(t, TupleT):
        out: PyType = UNKNOWN
        for item in t.items:
            out = join(out, item)
        return out
    if isinstance(t, Unknown):
        return UNKNOWN
    return None

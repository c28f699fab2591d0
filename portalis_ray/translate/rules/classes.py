"""Classes: instances, fields, methods, inheritance, dataclasses and dunders.

Every class hierarchy (a root class and its subclasses) becomes one Rust type:

    struct Shape { cls: u32, d: Rc<RefCell<Shape__Fields>> }

`cls` says which class an instance belongs to; the fields of all classes of
the hierarchy live in one struct. Instances have reference semantics like
Python objects (`Rc`), methods are free functions `Circle__area(self_: Shape)`,
and a method overridden somewhere in the hierarchy is called through a
dispatcher that matches on `cls`. All implementations of one method share
their parameter and return type slots, so the dispatcher has one signature.
Dataclasses get `__init__`, `__repr__`, `__eq__` (and `__lt__` for
`order=True`) synthesised as Python and translated like hand-written ones.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.enums import (
    BY_NAME,
    BY_VALUE,
    ENUM_BASES,
    MEMBERS,
    synthesise_enum,
)
from portalis_ray.translate.rules.generic import DISPLAY_ATTR
from portalis_ray.translate.rules.types import (
    BOOL,
    INT,
    NONE,
    STR,
    UNKNOWN,
    ClassT,
    PyType,
    Unknown,
)
from portalis_ray.translate.rules.values import ATOM, Unsupported, Val, rust_ident, rust_str_literal

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import FuncInfo, Translator

# Bases that add nothing an instance can observe here (exceptions are listed apart).
_NEUTRAL_BASES = {"object", "ABC", "NamedTuple", "Exception", "BaseException"}
# Dunder methods that back Rust traits or operators; others are ordinary methods.
_DECORATORS = {"staticmethod", "classmethod", "property", "abstractmethod"}
SETTER_SUFFIX = "__set"
BINOP_DUNDERS = {
    ast.Add: "__add__",
    ast.Sub: "__sub__",
    ast.Mult: "__mul__",
    ast.Div: "__truediv__",
    ast.FloorDiv: "__floordiv__",
    ast.Mod: "__mod__",
    ast.Pow: "__pow__",
    ast.MatMult: "__matmul__",
    ast.BitAnd: "__and__",
    ast.BitOr: "__or__",
    ast.BitXor: "__xor__",
    ast.LShift: "__lshift__",
    ast.RShift: "__rshift__",
}


@dataclass
class ClassInfo:
    """One Python class."""

    name: str
    node: ast.ClassDef
    base: str | None  # user-defined parent class
    root: str = ""
    cid: int = 0
    methods: dict[str, ast.FunctionDef] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # method -> method|static|class|property
    abstract: set[str] = field(default_factory=set)
    class_attrs: dict[str, ast.expr] = field(default_factory=dict)
    dataclass_fields: list[tuple[str, ast.expr | None, ast.expr | None]] = field(
        default_factory=list
    )
    frozen: bool = False
    exception: bool = False
    enum: str = ""  # "enum" | "int" | "str" for Enum, IntEnum, StrEnum

    @property
    def display(self) -> str:
        """The Python name (a copy of a generic class prints as the class, see generic.py)."""
        return getattr(self.node, DISPLAY_ATTR, self.name)


def _decorator_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _dataclass_options(node: ast.ClassDef) -> dict[str, bool] | None:
    for deco in node.decorator_list:
        if _decorator_name(deco) == "dataclass":
            opts = {}
            if isinstance(deco, ast.Call):
                for kw in deco.keywords:
                    if isinstance(kw.value, ast.Constant):
                        opts[kw.arg or ""] = bool(kw.value.value)
            return opts
    return None


def _synth(source: str, at: ast.AST) -> ast.FunctionDef:
    fn = ast.parse(source).body[0]
    assert isinstance(fn, ast.FunctionDef)
    for node in ast.walk(fn):
        ast.copy_location(node, at)
    ast.fix_missing_locations(fn)
    return fn


def collect_classes(
    body: list[ast.stmt], exc_classes: dict[str, str]
) -> tuple[dict[str, ClassInfo], list[Unsupported]]:
    """Every top-level class, with its hierarchy root and class id; and what was refused."""
    classes: dict[str, ClassInfo] = {}
    errors: list[Unsupported] = []
    for stmt in body:
        if not isinstance(stmt, ast.ClassDef):
            continue
        try:
            _collect_one(stmt, classes, exc_classes)
        except Unsupported as exc:
            errors.append(exc)
    for info in classes.values():
        walk = info
        while walk.base is not None:
            walk = classes[walk.base]
        info.root = walk.name
    counts: dict[str, int] = {}
    for info in classes.values():
        info.cid = counts.get(info.root, 0)
        counts[info.root] = info.cid + 1
    return classes, errors


def _collect_one(
    stmt: ast.ClassDef, classes: dict[str, ClassInfo], exc_classes: dict[str, str]
) -> None:
    if stmt.keywords:
        raise Unsupported(stmt, "metaclasses and class keywords cannot be translated faithfully")
    base = None
    enum_base = None
    for b in stmt.bases:
        if isinstance(b, ast.Name) and b.id in classes:
            if base is not None:
                raise Unsupported(b, f"a second base class '{b.id}' is not supported yet")
            base = b.id
        elif stmt.name in exc_classes and isinstance(b, ast.Name):
            continue  # a builtin exception base (exception_bases checked them all)
        elif _decorator_name(b) in ENUM_BASES and len(stmt.bases) == 1:
            enum_base = _decorator_name(b)
        elif not (
            isinstance(b, ast.Name)
            and (b.id in _NEUTRAL_BASES or b.id in exc_classes.values() or b.id in exc_classes)
        ):
            raise Unsupported(b, f"base class '{ast.unparse(b)}' is not supported yet")
    info = ClassInfo(stmt.name, stmt, base, exception=stmt.name in exc_classes)
    _read_body(info)
    if base is not None and classes[base].enum:
        raise Unsupported(stmt, f"cannot extend enumeration '{base}'", "type-error")
    if enum_base is not None:
        synthesise_enum(info, enum_base, _synth)
    classes[stmt.name] = info


def _read_body(info: ClassInfo) -> None:
    node = info.node
    options = _dataclass_options(node)
    for stmt in node.body:
        if isinstance(stmt, ast.FunctionDef):
            kinds = {_decorator_name(d) for d in stmt.decorator_list}
            unknown = kinds - _DECORATORS - {"setter", "cache", "lru_cache"}
            if unknown:
                raise Unsupported(stmt, f"decorator @{sorted(unknown)[0]} is not supported yet")
            kind = "method"
            for k in ("staticmethod", "classmethod", "property"):
                if k in kinds:
                    kind = {"staticmethod": "static", "classmethod": "class"}.get(k, k)
            if "setter" in kinds:
                # `@x.setter def x(self, v)`: the method `x__set`, called by `obj.x = v`.
                if len(stmt.args.args) != 2 or info.kinds.get(stmt.name) != "property":
                    raise Unsupported(stmt, "a property setter needs its getter and (self, value)")
                setter = copy.copy(stmt)
                setter.name, setter.decorator_list = stmt.name + SETTER_SUFFIX, []
                info.methods[setter.name] = setter
                info.kinds[setter.name] = "method"
                continue
            if "abstractmethod" in kinds:
                info.abstract.add(stmt.name)
            info.methods[stmt.name] = stmt
            info.kinds[stmt.name] = kind
        elif (
            isinstance(stmt, ast.Assign)
            and isinstance(stmt.value, ast.Name)
            and stmt.value.id in info.methods
            and info.kinds.get(stmt.value.id) == "method"
        ):  # `__radd__ = __add__`: the same method under a second name
            for t in stmt.targets:
                if isinstance(t, ast.Name):
                    alias = copy.deepcopy(info.methods[stmt.value.id])
                    alias.name = t.id
                    info.methods[t.id] = alias
                    info.kinds[t.id] = "method"
        elif isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets):
            for t in stmt.targets:
                info.class_attrs[t.id] = stmt.value  # type: ignore[attr-defined]
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            if options is not None or _is_namedtuple(node):
                info.dataclass_fields.append((stmt.target.id, stmt.annotation, stmt.value))
            elif stmt.value is not None:
                info.class_attrs[stmt.target.id] = stmt.value
        elif isinstance(stmt, ast.Pass) or (
            isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
        ):
            continue
        else:
            raise Unsupported(stmt, "this statement in a class body is not supported yet")
    if options is not None or _is_namedtuple(node):
        _synthesise_dataclass(info, options if options is not None else {"frozen": True})


def field_getter(name: str) -> str:
    """The generated getter of field ``name`` (``alloc`` is the constructor's)."""
    ident = rust_ident(name)
    return f"{ident}_" if ident in ("alloc", "cls", "d") else ident


def _is_namedtuple(node: ast.ClassDef) -> bool:
    return any(isinstance(b, ast.Name) and b.id == "NamedTuple" for b in node.bases)


def _synthesise_dataclass(info: ClassInfo, options: dict[str, bool]) -> None:
    """`__init__`, `__repr__`, `__eq__`, `__lt__` as the dataclass decorator writes them."""
    node = info.node
    fields = info.dataclass_fields
    params, body = ["self"], []
    in_repr, compared = [], []
    for name, annotation, default in fields:
        ann = ast.unparse(annotation) if annotation is not None else ""
        if "ClassVar" in ann:
            continue
        text = f"{name}: {ann}" if ann else name
        value: str | None = None
        flags = {"init": True, "repr": True, "compare": True}
        if default is not None:
            if isinstance(default, ast.Call) and _decorator_name(default.func) == "field":
                kws = {kw.arg: kw.value for kw in default.keywords}
                if "default_factory" in kws:
                    value = f"{ast.unparse(kws['default_factory'])}()"
                elif "default" in kws:
                    value = ast.unparse(kws["default"])
                for flag in flags:  # field(init=False, repr=False, compare=False)
                    given = kws.get(flag)
                    if isinstance(given, ast.Constant) and isinstance(given.value, bool):
                        flags[flag] = given.value
            else:
                value = ast.unparse(default)
        if flags["init"]:
            params.append(text if value is None else f"{text} = {value}")
            body.append(f"    self.{name} = {name}")
        elif value is not None:  # not a parameter: __init__ sets its default
            body.append(f"    self.{name} = {value}")
        if flags["repr"]:
            in_repr.append(name)
        if flags["compare"]:
            compared.append(name)
    if "__init__" not in info.methods:
        post = ["    self.__post_init__()"] if "__post_init__" in info.methods else []
        src = f"def __init__({', '.join(params)}):\n" + "\n".join(body + post or ["    pass"])
        info.methods["__init__"] = _synth(src, node)
        info.kinds["__init__"] = "method"
    if "__repr__" not in info.methods and options.get("repr", True):
        inner = ", ".join(f"{n}={{self.{n}!r}}" for n in in_repr)
        src = f"def __repr__(self):\n    return f'{info.display}({inner})'"
        info.methods["__repr__"] = _synth(src, node)
        info.kinds["__repr__"] = "method"
    mine = "(" + "".join(f"self.{n}, " for n in compared) + ")"
    theirs = "(" + "".join(f"other.{n}, " for n in compared) + ")"
    if "__eq__" not in info.methods and options.get("eq", True):
        src = f"def __eq__(self, other):\n    return {mine} == {theirs}"
        info.methods["__eq__"] = _synth(src, node)
        info.kinds["__eq__"] = "method"
    if options.get("order"):
        for dunder, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            src = f"def {dunder}(self, other):\n    return {mine} {op} {theirs}"
            info.methods[dunder] = _synth(src, node)
            info.kinds[dunder] = "method"
    info.frozen = bool(options.get("frozen"))


class ClassMixin:
    """Class support, mixed into the Translator."""

    # ---------------------------------------------------------------- lookup
    def class_of(self: Translator, t: PyType) -> ClassInfo | None:
        return self.classes.get(t.name) if isinstance(t, ClassT) else None

    def family(self: Translator, root: str) -> list[ClassInfo]:
        return [c for c in self.classes.values() if c.root == root]

    def mro(self: Translator, name: str) -> Iterator[ClassInfo]:
        """``name`` and its user-defined ancestors, nearest first."""
        walk = self.classes.get(name)
        while walk is not None:
            yield walk
            walk = self.classes.get(walk.base) if walk.base else None

    def subclasses(self: Translator, name: str) -> list[ClassInfo]:
        return [c for c in self.classes.values() if any(a.name == name for a in self.mro(c.name))]

    def resolve_method(self: Translator, cls: str, method: str) -> ClassInfo | None:
        """The class whose definition of ``method`` an instance of ``cls`` uses (MRO)."""
        return next(
            (c for c in self.mro(cls) if method in c.methods and method not in c.abstract), None
        )

    def declares(self: Translator, root: str, method: str) -> bool:
        return any(method in c.methods for c in self.family(root))

    def method_key(self: Translator, cls: str, method: str) -> str:
        return f"{cls}.{method}"

    def namedtuple_fields(self: Translator, t: ClassT) -> list[str] | None:
        """The fields of a NamedTuple class in order (it unpacks like a tuple), else None."""
        cls = self.classes.get(t.name)
        if cls is None or not _is_namedtuple(cls.node) or len(self.family(t.name)) != 1:
            return None
        return [name for name, _, _ in cls.dataclass_fields]

    def class_type(self: Translator, cls: str) -> ClassT:
        return ClassT(self.classes[cls].root)

    # ---------------------------------------------------------------- registration
    def register_classes(self: Translator) -> None:
        for cls in self.classes.values():
            for name, fn in cls.methods.items():
                if name not in cls.abstract:
                    self.register_method(cls, name, fn)

    def register_method(self: Translator, cls: ClassInfo, name: str, fn: ast.FunctionDef) -> None:
        kind = cls.kinds[name]
        params = [a.arg for a in fn.args.args]
        if kind in ("method", "property", "class") and not params:
            raise Unsupported(fn, f"method '{name}' needs a self parameter", "type-error")
        key = self.method_key(cls.name, name)
        # Implementations of one method share slots so a dispatcher can call any of them;
        # constructors are always called on a known class.
        own = kind in ("static", "class") or name == "__init__"
        sig = key if own else self.method_key(cls.root, name)
        info = self.new_function(fn, key, sig, f"{cls.name}__{name}")
        info.cls = cls.name
        info.kind = kind
        if kind in ("method", "property"):
            info.annotated[0] = True
            self.slots[("param", sig, 0)] = ClassT(cls.root)
        if kind == "class":
            info.params = info.params[1:]
            info.defaults = info.defaults[1:]
            info.annotated = info.annotated[1:]
            info.cls_param = params[0]
            # Annotations were registered with the `cls` parameter at index 0.
            for i in range(len(info.params)):
                t = self.slots.pop(("param", sig, i + 1), None)
                if t is not None:
                    self.slots[("param", sig, i)] = t
        if name == "__init__":
            self.slots[("ret", sig)] = NONE
            info.ret_annotated = True
        if name in ("__str__", "__repr__"):
            self.slots[("ret", sig)] = STR
            info.ret_annotated = True
        if name in ("__eq__", "__lt__", "__le__", "__gt__", "__ge__", "__contains__", "__bool__"):
            self.slots[("ret", sig)] = BOOL
            info.ret_annotated = True
            if name != "__contains__" and len(info.params) == 2 and not info.annotated[1]:
                # The trait impls compare two instances; other calls (`half <= 1`) get
                # copies of their own.
                self.slots[("param", sig, 1)] = ClassT(cls.root)
        if name in ("__len__", "__hash__"):
            self.slots[("ret", sig)] = INT
            info.ret_annotated = True
        self.methods[key] = info

    # ---------------------------------------------------------------- construction
    def construct(self: Translator, cls_name: str, node: ast.Call) -> Val:
        """`Cls(args)`: allocate, run `__init__`, yield the instance."""
        cls = self.classes[cls_name]
        if cls.enum and not getattr(node, "enum_member", False):
            return self.call_static(cls_name, BY_VALUE, node)
        t = ClassT(cls.root)
        if self._abstract_left(cls_name):
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                self.expr(arg)  # evaluated before Python refuses the class
            missing = sorted(
                m
                for c in self.mro(cls_name)
                for m in c.abstract
                if self.resolve_method(cls_name, m) is None
            )
            noun = "method" if len(missing) == 1 else "methods"
            msg = f"Can't instantiate abstract class {cls_name} with abstract {noun} "
            msg += ", ".join(missing)
            err = f"Err::<{t.rust()}, PyErr>(PyErr::type_error({rust_str_literal(msg)}))"
            return Val(self.fallible(err), t)
        alloc = f"{rust_ident(cls.root)}::alloc({cls.cid})"
        init = self.resolve_method(cls_name, "__init__")
        if init is None:
            if node.args or node.keywords:
                if cls.exception:
                    return self.exception_instance(cls, node, alloc)
                raise Unsupported(node, f"{cls_name}() takes no arguments", "type-error")
            return Val(alloc, t)
        tmp = self.fresh("o")
        key = self.method_key(init.name, "__init__")
        call = self.call_info(key, node, [f"{tmp}.clone()"])
        return Val(f"{{ let {tmp} = {alloc}; {call.code}; {tmp} }}", t, LOWEST_PREC)

    def enum_members(self: Translator, cls_name: str, node: ast.AST) -> Val:
        """An enum class used as a value: the list of its members (iteration, len, list)."""
        call = ast.Call(func=node, args=[], keywords=[])
        return self.call_static(cls_name, MEMBERS, ast.copy_location(call, node))

    def enum_by_name(self: Translator, cls_name: str, node: ast.Subscript) -> Val:
        """`Color["RED"]`."""
        call = ast.Call(func=node.value, args=[node.slice], keywords=[])
        return self.call_static(cls_name, BY_NAME, ast.copy_location(call, node))

    def _abstract_left(self: Translator, cls_name: str) -> bool:
        """Whether an abstract method has no implementation in ``cls_name``'s MRO."""
        return any(
            self.resolve_method(cls_name, m) is None for c in self.mro(cls_name) for m in c.abstract
        )

    def exception_instance(self: Translator, cls: ClassInfo, node: ast.Call, alloc: str) -> Val:
        """An exception class without `__init__`: its one argument is the message."""
        if len(node.args) != 1 or node.keywords:
            raise Unsupported(node, "exceptions take one message argument here")
        val = self.expr(node.args[0])
        msg = val.code if val.t == STR else self.to_str(val)
        tmp = self.fresh("o")
        code = f"{{ let {tmp} = {alloc}; {tmp}.d.borrow_mut().msg_ = {msg}; {tmp} }}"
        return Val(code, ClassT(cls.root), LOWEST_PREC)

    # ---------------------------------------------------------------- attributes
    def field_type(self: Translator, root: str, name: str) -> PyType:
        return self.slot_get(("attr", root, name))

    def has_field(self: Translator, root: str, name: str) -> bool:
        return name in self.fields.get(root, set())

    def attribute(self: Translator, base: Val, attr: str, node: ast.AST) -> Val:
        """`obj.attr`: a field, a property or a class attribute."""
        cls = self.class_of(base.t)
        assert cls is not None
        root = cls.root
        if self.has_field(root, attr) and any(
            c.kinds.get(attr) == "property" for c in self.family(root)
        ):
            # a field of one class and a property of another in one hierarchy: which one
            # `obj.side` reads depends on the instance's class
            raise Unsupported(
                node,
                f"'{attr}' is a field in one class of this hierarchy and a property in "
                "another; this is not supported yet",
            )
        if self.has_field(root, attr):
            t = self.field_type(root, attr)
            if isinstance(t, Unknown):
                return Val(f"{base.receiver()}.d.borrow().{rust_ident(attr)}", t)
            # A getter, not `x.d.borrow().f`: that borrow would live to the end of the
            # statement, and a call later in it that assigns to `x` would find it borrowed.
            return Val(f"{base.receiver()}.{field_getter(attr)}()", t)
        if any(c.kinds.get(attr) == "property" for c in self.family(root)):
            return self.call_method(base, attr, ast.Call(func=node, args=[], keywords=[]), node)
        owners = {c.cid: self.class_attr_owner(c.name, attr) for c in self.family(root)}
        found = {o for o in owners.values() if o is not None}
        if len(found) == 1 and None not in owners.values():
            return self.class_attr(found.pop(), attr, node)
        if found:
            # Overridden in subclasses: pick the class attribute by the instance's class.
            arms = []
            t: PyType = UNKNOWN
            for cid, owner in owners.items():
                if owner is None:
                    arms.append(
                        f'{cid} => pyrt::check(Err(PyErr::new("AttributeError", "{attr}"))),'
                    )
                    continue
                val = self.class_attr(owner, attr, node)
                t = self.join_at(t, val.t, node)
                arms.append(f"{cid} => {val.code},")
            arms.append("_ => unreachable!(),")
            return Val(f"match {base.receiver()}.cls {{ {' '.join(arms)} }}", t)
        raise Unsupported(node, f"'{root}' object has no attribute '{attr}'", "attribute-error")

    def store_attribute(self: Translator, target: ast.Attribute, val: Val, node: ast.AST) -> None:
        if isinstance(target.value, ast.Name) and self.name_kind(target.value.id) == "class":
            self.store_class_attr(target.value.id, target.attr, val, node)
            return
        base = self.unwrap_opt(self.expr(target.value))  # None raises, as in Python
        cls = self.class_of(base.t)
        if cls is None:
            raise Unsupported(target, f"cannot set attributes on {base.t.python()}", "type-error")
        setter = target.attr + SETTER_SUFFIX
        if self.declares(cls.root, setter):
            if not isinstance(node, ast.Assign) or len(node.targets) != 1:
                raise Unsupported(node, "a property with a setter is assigned one value at a time")
            call = ast.copy_location(ast.Call(func=target, args=[node.value], keywords=[]), node)
            self.line(f"{self.call_method(base, setter, call, node).code};")
            return
        if cls.frozen and self.current.name.split(".")[-1] != "__init__":
            # dataclasses.FrozenInstanceError, raised after the value is computed
            self.line(f"let _ = {val.code};")
            msg = rust_str_literal(f"cannot assign to field '{target.attr}'")
            err = "pyrt::PyErr::new(" + '"FrozenInstanceError", ' + msg + ")"
            self.line(f"{self.raise_code(err)};")
            return
        key = ("attr", cls.root, target.attr)
        self.fields.setdefault(cls.root, set()).add(target.attr)
        self.slot_join(key, val.t, node)
        t = self.slot_get(key)
        if val.t.has_unknown() and isinstance(node, ast.Assign):
            self.refine(node.value, t)  # `self.tags = tags`: the field's type flows back
        value = self.coerce(val, t, node).code
        tmp = self.fresh("v")
        self.line(f"let {tmp} = {value};")
        self.line(f"{base.receiver()}.d.borrow_mut().{rust_ident(target.attr)} = {tmp};")

    def class_attr_owner(self: Translator, cls_name: str, attr: str) -> str | None:
        return next((c.name for c in self.mro(cls_name) if attr in c.class_attrs), None)

    def class_attr(self: Translator, owner: str, attr: str, node: ast.AST) -> Val:
        t = self.slot_get(("cattr", owner, attr))
        static = f"{owner}__{attr}".upper()
        self.class_statics.add((owner, attr))
        return Val(f"{static}.with(|g| g.borrow().clone())", t)

    def store_class_attr(self: Translator, owner: str, attr: str, val: Val, node: ast.AST) -> None:
        real = self.class_attr_owner(owner, attr) or owner
        key = ("cattr", real, attr)
        self.slot_join(key, val.t, node)
        value = self.coerce(val, self.slot_get(key), node).code
        static = f"{real}__{attr}".upper()
        self.class_statics.add((real, attr))
        tmp = self.fresh("g")
        self.line(f"let {tmp} = {value};")
        self.line(f"{static}.with(|g| *g.borrow_mut() = {tmp});")

    # ---------------------------------------------------------------- methods
    def call_method(self: Translator, base: Val, name: str, node: ast.Call, at: ast.AST) -> Val:
        """`obj.name(args)` on an instance: direct call, or dispatch on the class id."""
        cls = self.class_of(base.t)
        assert cls is not None
        root = cls.root
        impls = {c.name: self.resolve_method(c.name, name) for c in self.family(root)}
        found = {i.name for i in impls.values() if i is not None}
        if not found:
            if self.has_field(root, name):
                return self.call_value(self.attribute(base, name, at), node)
            raise Unsupported(at, f"'{root}' object has no method '{name}'", "attribute-error")
        kind = self.classes[sorted(found)[0]].kinds[name]
        if kind in ("static", "class"):
            key = self.method_key(sorted(found)[0], name)
            return self.call_info(self.pick_method_variant(key, node), node, [])
        if len(found) == 1 and all(i is not None for i in impls.values()):
            key = self.pick_method_variant(self.method_key(found.pop(), name), node)
            return self.call_info(key, node, [base.code])
        # Overridden somewhere: the dispatcher shares the slots of every implementation.
        first = self.method_key(sorted(found)[0], name)
        self.dispatchers.add((root, name))
        return self.call_info(first, node, [base.code], rust_name=f"{root}__{name}__dispatch")

    def call_method_with(
        self: Translator, base: Val, name: str, args: list[Val], node: ast.AST
    ) -> Val:
        """`base.name(*args)` where the arguments are already translated values."""
        self.push_scope()
        try:
            names, binds = [], []
            for i, val in enumerate(args):
                py = f"__arg{i}__"
                tmp = self.declare_scoped(py, val.t)
                binds.append(f"let {tmp} = {val.code};")
                names.append(ast.copy_location(ast.Name(id=py, ctx=ast.Load()), node))
            call = ast.copy_location(ast.Call(func=node, args=names, keywords=[]), node)
            result = self.call_method(base, name, call, node)
        finally:
            self.pop_scope()
        return Val(f"{{ {' '.join(binds)} {result.code} }}", result.t, LOWEST_PREC)

    def call_static(self: Translator, cls_name: str, name: str, node: ast.Call) -> Val:
        """`Cls.name(args)`: static and class methods, or an unbound method."""
        owner = self.resolve_method(cls_name, name)
        if owner is None:
            raise Unsupported(node, f"type object '{cls_name}' has no method '{name}'")
        kind = owner.kinds[name]
        key = self.method_key(owner.name, name)
        if kind == "class":
            self.cls_targets[key] = cls_name
        if kind in ("static", "class"):
            return self.call_info(self.pick_method_variant(key, node), node, [])
        if not node.args:
            raise Unsupported(node, f"unbound method {cls_name}.{name}() needs an instance")
        rest = ast.Call(func=node.func, args=node.args[1:], keywords=node.keywords)
        ast.copy_location(rest, node)
        first = self.expr(node.args[0])
        return self.call_info(key, rest, [first.code])

    def call_super(self: Translator, name: str, node: ast.Call) -> Val:
        """`super().name(args)`: the parent's implementation, called on `self`."""
        info = self.current
        cls = self.classes.get(getattr(info, "cls", "") or "")
        if cls is None or info.kind not in ("method", "property", "class"):
            raise Unsupported(node, "super() outside a method")
        self_name = info.node.args.args[0].arg if info.node else "self"
        if cls.base is None:
            if name == "__init__" and cls.exception:
                return self.exception_super_init(self_name, node)
            if name == "__init__":
                return Val("()", NONE)
            raise Unsupported(node, f"super() of '{cls.name}' has no method '{name}'")
        owner = self.resolve_method(cls.base, name)
        if owner is None:
            if name == "__init__":
                if cls.exception:
                    return self.exception_super_init(self_name, node)
                return Val("()", NONE)
            raise Unsupported(node, f"super() of '{cls.name}' has no method '{name}'")
        me = self.expr(ast.Name(id=self_name, ctx=ast.Load()))
        return self.call_info(self.method_key(owner.name, name), node, [me.code])

    def exception_super_init(self: Translator, self_name: str, node: ast.Call) -> Val:
        """`super().__init__(message)` in an exception class sets `str(exc)`."""
        me = self.expr(ast.Name(id=self_name, ctx=ast.Load()))
        if len(node.args) > 1:
            raise Unsupported(node, "exceptions with several arguments are not supported yet")
        if node.args:
            val = self.expr(node.args[0])
            msg = val.code if val.t == STR else self.to_str(val)
        else:
            msg = "String::new()"
        return Val(f"{{ let m = {msg}; {me.receiver()}.d.borrow_mut().msg_ = m; }}", NONE)

    def isinstance_check(self: Translator, val: Val, names: list[str], node: ast.AST) -> Val:
        cls = self.class_of(val.t)
        ids = sorted(
            {
                c.cid
                for n in names
                if n in self.classes
                for c in self.subclasses(n)
                if cls is not None and c.root == cls.root
            }
        )
        if not ids:
            return Val("false", BOOL)
        test = " || ".join(f"{val.receiver()}.cls == {i}" for i in ids)
        return Val(f"({test})", BOOL, ATOM)

    # ---------------------------------------------------------------- emission
    def emit_class_items(self: Translator) -> list[tuple[str, str]]:
        """Structs, trait impls and dispatchers of every hierarchy, each with its root class."""
        out = []
        for root in dict.fromkeys(c.root for c in self.classes.values()):
            out.append((root, self._emit_hierarchy(root)))
        for root, name in sorted(self.dispatchers):
            out.append((root, self._emit_dispatcher(root, name)))
        return out

    def _emit_hierarchy(self: Translator, root: str) -> str:
        rs = rust_ident(root)
        fields = sorted(self.fields.get(root, set()))
        family = self.family(root)
        exception = any(c.exception for c in family)
        lines = ["#[derive(Default)]", f"struct {rs}__Fields {{"]
        for f in fields:
            t = self.field_type(root, f)
            lines.append(
                f"    {rust_ident(f)}: {t.rust() if not isinstance(t, Unknown) else '()'},"
            )
        if exception:
            lines.append("    msg_: String,")
        lines.append("}")
        lines += [
            "#[derive(Clone, Default)]",
            f"struct {rs} {{",
            "    cls: u32,",
            f"    d: std::rc::Rc<std::cell::RefCell<{rs}__Fields>>,",
            "}",
            f"impl {rs} {{",
            f"    fn alloc(cls: u32) -> {rs} {{",
            f"        {rs} {{ cls, d: Default::default() }}",
            "    }",
        ]
        for f in fields:  # getters: the borrow ends inside, not at the end of the statement
            t = self.field_type(root, f)
            if isinstance(t, Unknown):
                continue
            clone = "" if t.is_copy() else ".clone()"
            lines.append(
                f"    fn {field_getter(f)}(&self) -> {t.rust()} "
                f"{{ self.d.borrow().{rust_ident(f)}{clone} }}"
            )
        lines.append("}")
        names = ", ".join(f'"{c.display}"' for c in family)
        lines += [
            f"const {rs.upper()}__NAMES: &[&str] = &[{names}];",
        ]
        lines.append(self._trait_impls(root, rs, family, exception))
        return "\n".join(lines)

    def _method_arms(
        self: Translator,
        family: list[ClassInfo],
        name: str,
        call: str,
        fallback: str,
        subject: str = "self",
        other: str | None = None,
        fallbacks: dict[str, str] | None = None,
    ) -> str:
        """`match subject.cls { id => <call of that class's method>, ... }`; a class without
        the method gets its entry of ``fallbacks``, else ``fallback`` ("{cls}" in it: the
        class's name)."""
        arms = []
        for c in family:
            owner = self.resolve_method(c.name, name)
            if owner is None:
                code = (fallbacks or {}).get(c.name, fallback).replace("{cls}", c.name)
                arms.append(f"{c.cid} => {code},")
            else:
                fn = self.methods[self.method_key(owner.name, name)].rust_name
                arms.append(f"{c.cid} => {call.format(fn=fn)},")
        arms.append(f"_ => {other or fallback},")
        return f"match {subject}.cls {{ " + " ".join(arms) + " }"

    def _trait_impls(
        self: Translator, root: str, rs: str, family: list[ClassInfo], exception: bool
    ) -> str:
        has = {m for c in family for m in c.methods}
        default_repr = f'format!("<__main__.{{}} object>", {rs.upper()}__NAMES[self.cls as usize])'
        if exception:
            default_str = "self.d.borrow().msg_.clone()"
            default_repr = (
                f'format!("{{}}({{}})", {rs.upper()}__NAMES[self.cls as usize], '
                "pyrt::str_repr(&self.d.borrow().msg_))"
            )
        else:
            default_str = "self.py_repr()"
        check = "pyrt::check({fn}(self.clone()))"
        repr_body = (
            self._method_arms(family, "__repr__", check, default_repr)
            if "__repr__" in has
            else default_repr
        )
        # str() of a KeyError is the repr of its argument, also in subclasses
        keyish = {
            c.name: "pyrt::str_repr(&self.d.borrow().msg_)"
            for c in family
            if exception and "KeyError" in self.exc_ancestors(c.name)
        }
        str_body = (
            self._method_arms(family, "__str__", check, default_str, fallbacks=keyish)
            if "__str__" in has or keyish
            else default_str
        )
        out = [
            f"impl pyrt::PyRepr for {rs} {{",
            f"    fn py_repr(&self) -> String {{ {repr_body} }}",
            f"    fn py_str(&self) -> String {{ {str_body} }}",
            "}",
            f"impl pyrt::PyFormat for {rs} {{",
            "    fn py_format(&self, spec: &str) -> PyResult<String> {",
            "        pyrt::format_str(&self.py_str(), spec)",
            "    }",
            "}",
        ]
        eq = (
            self._method_arms(
                family,
                "__eq__",
                "pyrt::check({fn}(self.clone(), other.clone()))",
                "std::rc::Rc::ptr_eq(&self.d, &other.d)",
            )
            if "__eq__" in has
            else "std::rc::Rc::ptr_eq(&self.d, &other.d)"
        )
        out += [
            f"impl PartialEq for {rs} {{",
            f"    fn eq(&self, other: &{rs}) -> bool {{ {eq} }}",
            "}",
        ]
        if "__lt__" in has:
            lt = self._method_arms(
                family,
                "__lt__",
                "pyrt::check({fn}(self.clone(), other.clone()))",
                "pyrt::check::<bool>(Err(PyErr::type_error(\"'<' not supported\")))",
            )
            out += [
                f"impl {rs} {{",
                f"    fn py_lt(&self, other: &{rs}) -> bool {{ {lt} }}",
                "}",
                f"impl PartialOrd for {rs} {{",
                f"    fn partial_cmp(&self, other: &{rs}) -> Option<std::cmp::Ordering> {{",
                "        if self.py_lt(other) { Some(std::cmp::Ordering::Less) }",
                "        else if other.py_lt(self) { Some(std::cmp::Ordering::Greater) }",
                "        else { Some(std::cmp::Ordering::Equal) }",
                "    }",
                "}",
            ]
        truthy = "true"
        if "__bool__" in has:
            truthy = self._method_arms(family, "__bool__", check, "true")
        elif "__len__" in has:
            truthy = self._method_arms(family, "__len__", check + " != 0", "true")
        out += [
            f"impl pyrt::PyTruthy for {rs} {{",
            f"    fn py_bool(&self) -> bool {{ {truthy} }}",
            "}",
        ]
        if "__len__" in has:
            length = self._method_arms(family, "__len__", check, "0")
            out += [
                f"impl pyrt::PyLen for {rs} {{",
                f"    fn py_len(&self) -> i64 {{ {length} }}",
                "}",
            ]
        hashed = "__hash__" in has or any(c.frozen for c in family)
        if hashed:
            if "__hash__" in has:
                body = self._method_arms(family, "__hash__", check, "0")
                out.append(_hash_impl(rs, f"let h: i64 = {body}; h.hash(state);"))
            else:
                fields = sorted(self.fields.get(root, set()))
                parts = " ".join(f"d.{rust_ident(f)}.py_repr().hash(state);" for f in fields)
                out.append(_hash_impl(rs, f"let d = self.d.borrow(); {parts}"))
            out.append(f"impl Eq for {rs} {{}}")
        out.append(f"impl pyrt::PySetHash for {rs} {{}}")
        return "\n".join(out)

    def _emit_dispatcher(self: Translator, root: str, name: str) -> str:
        family = self.family(root)
        owner = next(
            self.resolve_method(c.name, name)
            for c in family
            if self.resolve_method(c.name, name) is not None
        )
        info: FuncInfo = self.methods[self.method_key(owner.name, name)]
        params, args = [], []
        for i in range(len(info.params)):
            t = self.param_type(info.sig, i)
            rust = f"a{i}"
            params.append(f"{rust}: {t.rust() if not isinstance(t, Unknown) else 'i64'}")
            args.append(rust)
        ret = self.slot_get(("ret", info.sig))
        ret_rust = "()" if isinstance(ret, Unknown) else ret.rust()
        body = self._method_arms(
            family,
            name,
            f"{{fn}}({', '.join(args)})",
            f'Err(PyErr::new("AttributeError", "\'{{cls}}\' object has no attribute \'{name}\'"))',
            subject="a0",
            other="unreachable!()",
        )
        head = f"fn {rust_ident(root)}__{name}__dispatch({', '.join(params)})"
        return f"{head} -> PyResult<{ret_rust}> {{\n    {body}\n}}"


def _hash_impl(rs: str, body: str) -> str:
    return (
        f"impl std::hash::Hash for {rs} {{ fn hash<H: std::hash::Hasher>"
        f"(&self, state: &mut H) {{ use std::hash::Hash; {body} }} }}"
    )


LOWEST_PREC = 0
_ = (UNKNOWN, INT)

"""The rules translator: infers types to a fixpoint, then emits one Rust crate root.

Inference and emission are one code path. The module is emitted repeatedly;
each pass widens the type slots (variables, parameters, returns, globals)
from what it sees (assignments, calls, `append`, subscript stores...). When a
pass changes nothing, a final pass emits the code and reports what cannot be
translated, located at file:line:col.
"""

from __future__ import annotations

import ast
import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from portalis_ray.diagnostics import Diagnostic
from portalis_ray.translate.rules.bigint import BigIntMixin, fits_i64
from portalis_ray.translate.rules.byteslib import BYTES
from portalis_ray.translate.rules.calls import BUILTINS, CallMixin
from portalis_ray.translate.rules.classes import ClassMixin, collect_classes
from portalis_ray.translate.rules.closures import ClosureMixin, has_callable
from portalis_ray.translate.rules.datetimelib import DATETIME_TYPES
from portalis_ray.translate.rules.dynamic import DynamicMixin
from portalis_ray.translate.rules.exceptions import (
    BUILTIN_EXCEPTIONS,
    ExcMixin,
    TryFrame,
    exception_bases,
)
from portalis_ray.translate.rules.exprs import ExprMixin, unopt
from portalis_ray.translate.rules.formatting import FormatMixin
from portalis_ray.translate.rules.generators import GEN_ITEM_PREFIX
from portalis_ray.translate.rules.lowering import DEFAULTS_ATTR, OPTIONAL_ATTR, TYPEVAR_ATTR
from portalis_ray.translate.rules.memo import MEMO_ATTR, memo_wrapper
from portalis_ray.translate.rules.modules import KNOWN_MODULES
from portalis_ray.translate.rules.records import record_markers
from portalis_ray.translate.rules.scope import Scope, analyze_scope, version_names
from portalis_ray.translate.rules.stmts import StmtMixin, always_returns
from portalis_ray.translate.rules.types import (
    BOOL,
    DYNAMIC,
    EXC,
    FLOAT,
    INT,
    INT_ENUMS,
    MAX_TYPE_DEPTH,
    NONE,
    STR,
    UNKNOWN,
    CallableT,
    ClassT,
    DequeT,
    DictT,
    FuncT,
    IteratorT,
    IterT,
    ListT,
    ModuleT,
    OptT,
    PyType,
    RecordT,
    SeqT,
    SetT,
    TupleT,
    TypeConflict,
    Unknown,
    collapse,
    depth,
    join,
    mentions,
    widenable,
)
from portalis_ray.translate.rules.values import (
    Unsupported,
    Val,
    rust_float_literal,
    rust_ident,
    rust_str_literal,
)

if TYPE_CHECKING:
    from portalis_ray.project.amalgamate import ProjectUnit

MAX_PASSES = 24
MODULE = "<module>"
_TYPING_MODULES = {"typing", "collections", "collections.abc"}
_ANNOTATION_PRIMS = {
    "int": INT,
    "float": FLOAT,
    "bool": BOOL,
    "str": STR,
    "None": NONE,
    "bytes": BYTES,
}
_ANNOTATION_GENERICS = {
    "list": ListT,
    "List": ListT,
    "set": SetT,
    "Set": SetT,
    "frozenset": lambda elem: SetT(elem, True),
    "FrozenSet": lambda elem: SetT(elem, True),
    "Sequence": ListT,
    "Iterable": ListT,
}


@dataclass
class FuncInfo:
    """A top-level function: its scope, parameters and how they were typed."""

    name: str
    node: ast.FunctionDef | None
    scope: Scope
    params: list[str] = field(default_factory=list)
    defaults: list[ast.expr | None] = field(default_factory=list)
    annotated: list[bool] = field(default_factory=list)
    ret_annotated: bool = False
    py_name: str = ""  # the Python name; `name` is the slot key (`f#1` for a specialisation)
    variant: int = 0
    sig: str = ""  # key of the parameter/return slots (shared by overriding methods)
    cls: str = ""  # the class of a method
    kind: str = "function"  # or method, static, class, property
    cls_param: str = ""  # the `cls` parameter of a classmethod
    captures: list[str] = field(default_factory=list)  # a nested def's leading parameters
    parent: str = ""  # the function a nested def is lifted out of
    cells: set[str] = field(default_factory=set)  # variables shared with closures
    cell_args: set[str] = field(default_factory=set)  # captured parameters that are cells

    def __post_init__(self) -> None:
        self.sig = self.sig or self.name

    @property
    def rust_name(self) -> str:
        if self.name == MODULE:
            return "module_body"
        base = rust_ident(self.py_name or self.name)
        return base if self.variant == 0 else f"{base}_v{self.variant}"


# Builtins used as values with nothing saying how they are called: one argument, as in
# dispatch tables (`{"SUM": sum, "MAX": max}`, `{"int": int, "str": str}`).
UNARY_BUILTINS = frozenset(
    [
        "int",
        "float",
        "str",
        "bool",
        "abs",
        "len",
        "ord",
        "chr",
        "repr",
        "round",
        "sorted",
        "list",
        "set",
        "tuple",
        "sum",
        "min",
        "max",
        "hex",
        "oct",
        "bin",
        "ascii",
        "any",
        "all",
    ]
)


def init_function(module: str) -> str:
    """Package mode: the Rust function that runs module ``module``'s top-level code."""
    return "init__" + module.replace(".", "__")


def is_main_guard(stmt: ast.stmt) -> bool:
    """``if __name__ == "__main__":``."""
    if not isinstance(stmt, ast.If) or not isinstance(stmt.test, ast.Compare):
        return False
    test = stmt.test
    if len(test.ops) != 1 or not isinstance(test.ops[0], ast.Eq):
        return False
    sides = [test.left, test.comparators[0]]
    names = [s for s in sides if isinstance(s, ast.Name) and s.id == "__name__"]
    consts = [s for s in sides if isinstance(s, ast.Constant) and s.value == "__main__"]
    return len(names) == 1 and len(consts) == 1


class Translator(
    StmtMixin,
    ExprMixin,
    CallMixin,
    FormatMixin,
    ExcMixin,
    ClassMixin,
    ClosureMixin,
    BigIntMixin,
    DynamicMixin,
):
    """Translate one Python module into the `main.rs` of a binary crate."""

    def __init__(
        self,
        tree: ast.Module,
        path: str,
        script_name: str,
        versioned: dict[str, set[str]] | None = None,
        unit: ProjectUnit | None = None,
    ) -> None:
        self.path = path
        self.unit = unit  # a whole project joined into one module (see project/amalgamate.py)
        self.tagged: list[tuple[str, str]] = []  # package mode: (module, Rust item)
        self.conflicts: set[tuple[str, str]] = set()
        self.record_conflict = False  # a dict display of constant str keys mixed its values
        self.class_conflict = False  # a field, or a method's parameter or result, conflicted
        self.script_name = script_name
        self.defs: list[ast.FunctionDef] = []
        self.exc_bases = exception_bases(tree.body)
        self.exc_mro: dict[str, list[str]] = {}
        self.exc_classes = {name: bases[0] for name, bases in self.exc_bases.items()}  # fields
        self.classes, refused = collect_classes(tree.body, self.exc_classes)
        INT_ENUMS.set(frozenset(c.root for c in self.classes.values() if c.enum == "int"))
        self.class_errors = [self._diag(exc, tree) for exc in refused]
        self.methods: dict[str, FuncInfo] = {}
        self.fields: dict[str, set[str]] = {}
        self.dispatchers: set[tuple[str, str]] = set()
        self.class_statics: set[tuple[str, str]] = set()
        self.cls_targets: dict[str, str] = {}
        self.module_body: list[ast.stmt] = []
        for stmt in tree.body:
            if isinstance(stmt, ast.FunctionDef) and not stmt.decorator_list:
                self.defs.append(stmt)
            elif getattr(stmt, TYPEVAR_ATTR, False):
                continue  # `T = TypeVar("T")`: annotations using T are inferred instead
            elif is_main_guard(stmt):
                self.module_body.extend(stmt.body)  # always true when run as a program
            else:
                self.module_body.append(stmt)
        self.units_total = len(self.defs) + len(self.module_body)
        for fname, names in (versioned or {}).items():
            body = (
                self.module_body
                if fname == MODULE
                else next((d.body for d in self.defs if d.name == fname), None)
            )
            if body is not None:
                version_names(body, names)
        self.functions: dict[str, FuncInfo] = {}
        self.variants: dict[str, list[str]] = {}
        self.aliases: dict[tuple[str, str], ast.expr] = {}
        self.slots: dict[tuple, PyType] = {}
        self.type_vars = {
            t.id
            for stmt in tree.body
            if isinstance(stmt, ast.Assign) and getattr(stmt, TYPEVAR_ATTR, False)
            for t in stmt.targets
            if isinstance(t, ast.Name)
        }
        # `Metric = Callable[[Shape], float]`: annotations naming an alias use what it names
        self.type_aliases = {
            stmt.targets[0].id: stmt.value
            for stmt in tree.body
            if isinstance(stmt, ast.Assign)
            and getattr(stmt, TYPEVAR_ATTR, False)
            and isinstance(stmt.targets[0], ast.Name)
            and not isinstance(stmt.value, ast.Call)
        }
        self.refining_alias = 0
        self.call_expected: PyType | None = None  # the slot a module function's call fills
        self.imports: set[str] = set()
        self.from_imports: dict[str, tuple[str, str]] = {}
        for stmt in self.module_body:
            if isinstance(stmt, ast.Import):
                self.imports.update(a.name for a in stmt.names if a.name in KNOWN_MODULES)
            elif isinstance(stmt, ast.ImportFrom) and stmt.module in KNOWN_MODULES:
                for alias in stmt.names:
                    self.from_imports[alias.asname or alias.name] = (stmt.module, alias.name)
        module_scope = analyze_scope(self.module_body)
        self.functions[MODULE] = FuncInfo(MODULE, None, module_scope)
        for fn in self.defs:
            self._register_function(fn)
        self.register_classes()
        self.nested: list[str] = []
        self.own_cache: dict[int, list[ast.AST]] = {}  # id(body) -> own_nodes(body)
        for info in [*self.functions.values(), *self.methods.values()]:
            self.lift_nested(info)
        self.find_cells(self.functions[MODULE], self.module_body)
        for info in [*self.functions.values(), *self.methods.values()]:
            if info.parent:
                parent = self.functions.get(info.parent) or self.methods[info.parent]
                info.cell_args = {c for c in info.captures if c in parent.cells}
                info.cells |= info.cell_args
            if info.node is not None:
                self.find_cells(info, info.node.body)
        self.globals_used = self._globals_used()
        if unit is not None:  # read by another module's top-level code: a static, not a local
            self.globals_used |= unit.shared & self.functions[MODULE].scope.locals
        self.consts = self._find_consts()
        self.once_ints = self._find_once_ints()
        self.final = False
        self.refining = 0
        self.changed = False
        self.called: set[str] = set()
        self.called_now: set[str] = set()  # by the pass under way
        self.called_last: set[str] = set()  # by the pass before it

    # ---------------------------------------------------------------- setup
    def _register_function(self, fn: ast.FunctionDef) -> None:
        self.functions[fn.name] = self.new_function(fn, fn.name, fn.name, fn.name)
        self.variants[fn.name] = [fn.name]

    def new_function(self, fn: ast.FunctionDef, key: str, sig: str, py_name: str) -> FuncInfo:
        """A FuncInfo for ``fn``; annotated parameter and return types go to ``sig``'s slots."""
        args = fn.args
        params = [a.arg for a in args.args]
        defaults: list[ast.expr | None] = [None] * (len(params) - len(args.defaults))
        defaults += list(args.defaults)
        defaults = getattr(fn, DEFAULTS_ATTR, defaults)  # set where *args were rewritten
        info = FuncInfo(key, fn, analyze_scope(fn.body, params), params, defaults, sig=sig)
        for i, arg in enumerate(args.args):
            annotated = arg.annotation is not None
            info.annotated.append(annotated)
            if annotated:
                try:
                    t = self.annotation(arg.annotation)
                    self.slots[("param", sig, i)] = t
                    # `list` says nothing about the elements: inference fills them in;
                    # `float` still lets ints in, which stay ints (and print so) in Python.
                    info.annotated[-1] = not widenable(t)
                except Unsupported:
                    info.annotated[-1] = False
        if fn.returns is not None:
            try:
                t = self.annotation(fn.returns)
                self.slots[("ret", sig)] = t
                info.ret_annotated = not widenable(t)
            except Unsupported:
                pass
        info.py_name = py_name
        return info

    def specialise(self, name: str) -> str:
        """A new copy of function ``name`` for another combination of argument types.

        Python functions are duck-typed (`binary_search` on ints and on strs); Rust
        needs one signature per copy, so each incompatible call gets its own.
        """
        base = self.functions.get(name) or self.methods[name]
        variant = len(self.variants[name])
        key = f"{name}#{variant}"
        info = FuncInfo(
            key,
            base.node,
            base.scope,
            base.params,
            base.defaults,
            list(base.annotated),
            base.ret_annotated,
            base.py_name if base.kind != "function" else name,
            variant,
        )
        info.cells = set(base.cells)
        info.cls, info.kind, info.cls_param = base.cls, base.kind, base.cls_param
        for i, annotated in enumerate(base.annotated):
            if annotated:
                self.slots[("param", key, i)] = self.slots[("param", base.sig, i)]
        if base.ret_annotated:
            self.slots[("ret", key)] = self.slots[("ret", base.sig)]
        if name in self.methods:
            self.methods[key] = info
        else:
            self.functions[key] = info
        self.variants[name].append(key)
        self.changed = True
        return key

    def _globals_used(self) -> set[str]:
        module_locals = self.functions[MODULE].scope.locals
        used: set[str] = set()
        for info in [*self.functions.values(), *self.methods.values()]:
            if info.name == MODULE:
                continue
            scope = info.scope
            used |= scope.globals & module_locals
            free = scope.loads - scope.locals - set(info.params)
            if info.kind == "nested" and info.node is not None:
                free.discard(info.node.name)  # it calls itself
            used |= free & module_locals
            if info.node is not None:  # defaults are evaluated where the call is emitted
                defaults = info.node.args.defaults
                used |= {
                    n.id for d in defaults for n in ast.walk(d) if isinstance(n, ast.Name)
                } & module_locals
        return used

    def _find_once_ints(self) -> dict[str, int]:
        """Module variables bound once, to an int literal, and never rebound anywhere: their
        value is known where they are read (`FILE_A << 7` folds past 64 bits)."""
        scope = self.functions[MODULE].scope
        everything = [*self.functions.values(), *self.methods.values()]
        declared_global = set().union(*(i.scope.globals for i in everything))
        out = {}
        for stmt in self.module_body:
            if (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and isinstance(stmt.value, ast.Constant)
                and type(stmt.value.value) is int
                and fits_i64(stmt.value.value)
                and scope.store_count.get(stmt.targets[0].id) == 1
                and stmt.targets[0].id not in declared_global
            ):
                out[stmt.targets[0].id] = stmt.value.value
        return out

    def _find_consts(self) -> dict[str, ast.expr]:
        """Globals read by functions that are bound once to a literal: Rust `const`s."""
        scope = self.functions[MODULE].scope
        everything = [*self.functions.values(), *self.methods.values()]
        declared_global = set().union(*(i.scope.globals for i in everything))
        consts = {}
        for stmt in self.module_body:
            if (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
            ):
                name = stmt.targets[0].id
                value = stmt.value
                if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.USub):
                    value = value.operand
                if (
                    name in self.globals_used
                    and name not in declared_global
                    and scope.store_count.get(name) == 1
                    and isinstance(value, ast.Constant)
                    and isinstance(value.value, (int, float, str))
                    and (not isinstance(value.value, int) or -(2**63) <= value.value < 2**63)
                ):
                    consts[name] = stmt.value
        return consts

    # ---------------------------------------------------------------- slots
    def slot_get(self, key: tuple) -> PyType:
        return self.slots.get(key, UNKNOWN)

    def slot_join(self, key: tuple, t: PyType, node: ast.AST | None) -> None:
        """Widen a slot; a conflict is an error at ``node`` (reported in the final pass)."""
        if isinstance(t, (FuncT, ModuleT)):
            raise Unsupported(node, "functions and modules as values are not supported yet")
        if isinstance(t, IterT) and t.kind == "iter":
            t = IteratorT(t.elem)  # a lazy iterator held in a variable is shared, like Python's
        elif isinstance(t, IterT) and key[0] in ("global", "param", "ret"):
            t = ListT(t.elem)  # a range passed around: its items, iterable again and again
        old = self.slots.get(key, UNKNOWN)
        gen_item = key[0] == "local" and str(key[-1]).startswith(GEN_ITEM_PREFIX)
        try:
            if gen_item and isinstance(t, OptT):
                # a lowered generator's next item, or None at the end: dynamic items stay
                # inside the Option (an Obj could also hold None)
                new: PyType = OptT(join(unopt(old), t.inner))
            else:
                new = join(old, t)
        except TypeConflict as exc:
            if key[0] == "local":
                self.conflicts.add((key[1], key[2].split("#", 1)[0]))
            if key[0] == "attr" or (key[0] in ("param", "ret") and key[1] not in self.functions):
                self.class_conflict = True
            if key[0] == "param":
                owner = self.functions.get(key[1]) or next(
                    m for m in self.methods.values() if m.sig == key[1]
                )
                name = owner.params[key[2]]
            else:
                name = key[-1]
            name = name.split("#", 1)[0]
            what = {"ret": f"function '{key[1]}' returns"}.get(key[0], f"'{name}' holds")
            raise Unsupported(
                node,
                f"{what} values of different types ({exc}); Rust needs one type",
                "type-conflict",
            ) from exc
        deep = new != old and depth(new) > MAX_TYPE_DEPTH  # (an unchanged slot was checked)
        if deep and DYNAMIC.get():
            new = collapse(new)  # a tree of tuples: its subtrees as dynamic values
            deep = depth(new) > MAX_TYPE_DEPTH
        if deep:
            raise Unsupported(
                node,
                f"a value nested inside itself has no fixed Rust type ({new.python()[:80]}...);"
                " use a class for the nodes",
                "type-conflict",
            )
        if isinstance(new, IterT) and key[0] in ("global", "param", "ret"):
            raise Unsupported(
                node,
                "iterators stored in globals, parameters or return values "
                "are not supported yet; use list(...)",
            )
        if new != old:
            self.slots[key] = new
            self.changed = True

    def join_at(self, a: PyType, b: PyType, node: ast.AST) -> PyType:
        try:
            return join(a, b)
        except TypeConflict as exc:
            raise Unsupported(
                node,
                f"values of different types ({exc}) meet here; Rust needs one type",
                "type-conflict",
            ) from exc

    def param_type(self, fname: str, index: int) -> PyType:
        info = self.functions.get(fname) or self.methods.get(fname)
        return self.slot_get(("param", info.sig if info else fname, index))

    # ---------------------------------------------------------------- names
    def resolve(self, name: str) -> tuple[str, tuple]:
        """Where ``name`` lives in the current context: (kind, slot key)."""
        for frame in reversed(self.scopes):
            if name in frame["names"]:
                return "scoped", (frame["names"][name],)
        info = self.current
        module_scope = self.functions[MODULE].scope
        if name in self.classes and name not in info.params:
            return "class", (name,)
        if info.name == MODULE:
            if name in module_scope.locals:
                if name in self.globals_used:
                    return "global", ("global", name)
                return ("cell" if name in info.cells else "local"), ("local", MODULE, name)
        else:
            if name in info.scope.globals:
                return "global", ("global", name)
            if name in info.params:
                kind = "cell" if name in info.cells else "param"
                return kind, ("param", info.sig, info.params.index(name))
            if name in info.scope.locals:
                return ("cell" if name in info.cells else "local"), ("local", info.name, name)
            if info.kind == "nested" and info.node is not None and name == info.node.name:
                return "function", (info.name,)
            if name in module_scope.locals:
                return "global", ("global", name)
        if name in self.functions and name != MODULE:
            return "function", (name,)
        if info.cls_param and name == info.cls_param:
            return "clsref", (name,)
        if name in self.imports:
            return "module", (name,)
        if name in self.from_imports:
            return "imported", self.from_imports[name]
        if name in BUILTINS or name == "__name__":
            return "builtin", (name,)
        raise Unsupported(None, f"name '{name}' is not defined", "name-error")

    def name_kind(self, name: str) -> str:
        return self.resolve(name)[0]

    def is_builtin(self, name: str) -> bool:
        try:
            return self.name_kind(name) == "builtin"
        except Unsupported:
            return False

    def cls_target(self) -> str:
        """The class `cls` stands for in the current classmethod."""
        return self.cls_targets.get(self.current.name, self.current.cls)

    def is_bound(self, name: str) -> bool:
        """Whether the program itself defines ``name``."""
        try:
            return self.name_kind(name) != "builtin"
        except Unsupported:
            return False

    def local_key(self, name: str) -> tuple:
        return self.resolve(name)[1]

    def static_name(self, name: str) -> str:
        return rust_ident(name).upper()

    def load_name(self, node: ast.Name, expected: PyType | None = None) -> Val:
        """Read a variable: locals by name (cloned when not Copy), globals through cells."""
        try:
            kind, key = self.resolve(node.id)
        except Unsupported as exc:
            exc.node = node
            raise
        if kind == "scoped":
            rust, t = key[0]
            return self._var_val(rust, t)
        if kind in ("local", "param"):
            t = self.slot_get(key)
            if (
                kind == "local"
                and self.current.name == MODULE
                and t == INT
                and node.id in self.once_ints
            ):  # its value is known: `FILE_A << 7` folds past 64 bits
                return Val(rust_ident(node.id), t, lit=self.once_ints[node.id])
            rust = rust_ident(node.id)
            if isinstance(t, OptT) and node.id in self.narrowed:
                # A test above proved it is not None.
                code = f"{rust}.unwrap()" if t.is_copy() else f"{rust}.clone().unwrap()"
                return Val(code, t.inner)
            return self._var_val(rust, t)
        if kind == "global":
            t = self.slot_get(key)
            static = self.static_name(node.id)
            if node.id in self.consts:
                if t == STR:
                    return Val(f"{static}.to_string()", STR, ref=static)
                if t == INT and node.id in self.once_ints:  # folds `FILE_A << 7`
                    return Val(static, t, lit=self.once_ints[node.id])
                return Val(static, t)
            return Val(f"{static}.with(|g| g.borrow().clone())", t)
        if kind == "cell":
            return Val(f"{rust_ident(node.id)}.borrow().clone()", self.slot_get(key))
        if kind == "function":
            if self.functions[key[0]].kind == "nested":
                raise Unsupported(node, "a nested function referring to itself as a value")
            return self.function_value(key[0], expected)
        if kind == "module":
            return Val(node.id, ModuleT(node.id))
        if kind == "class" and self.classes[node.id].enum:
            return self.enum_members(node.id, node)
        if kind == "imported":
            return self.module_attribute(key[0], key[1], node)
        if node.id == "__name__":
            return Val('"__main__".to_string()', STR, ref='"__main__"', lit="__main__")
        if isinstance(expected, CallableT) and node.id in BUILTINS:
            return self.function_as_lambda(node, len(expected.params), expected)
        if node.id in UNARY_BUILTINS and node.id in BUILTINS:  # `{"SUM": sum, "MAX": max}`
            return self.function_as_lambda(node, 1, expected)
        raise Unsupported(node, f"builtin '{node.id}' used as a value is not supported yet")

    def function_as_lambda(
        self, node: ast.expr, arity: int, expected: PyType | None, param: PyType = UNKNOWN
    ) -> Val:
        """A builtin or module function used as a value: `lambda *a: f(*a)` of its arity
        (one lambda per use site across inference rounds)."""
        made = getattr(node, "portalis_lambda", None)
        if made is None:
            from portalis_ray.translate.rules.iterlib import make_lambda

            names = [f"__a{i}" for i in range(arity)]
            func = copy.copy(node)
            call = ast.Call(func=func, args=[ast.Name(n, ast.Load()) for n in names], keywords=[])
            made = make_lambda(names, call, node)
            node.portalis_lambda = made  # type: ignore[attr-defined]
        hint = expected if isinstance(expected, CallableT) else CallableT((param,) * arity, UNKNOWN)
        return self.expr(made, hint)

    @staticmethod
    def _var_val(rust: str, t: PyType) -> Val:
        if t.is_copy() or isinstance(t, IterT):
            return Val(rust, t, place=rust)
        return Val(f"{rust}.clone()", t, place=rust)

    def assign_name(self, name: str, val: Val, node: ast.AST) -> None:
        """Store into a variable, declaring it with `let` at its first assignment."""
        if name == "_" and "_" not in self.current.scope.locals:
            self.line(f"let _ = {val.code};")
            return
        kind, key = self.resolve(name)
        if kind == "scoped":
            rust, t = key[0]
            frame = next(f for f in reversed(self.scopes) if name in f["names"])
            if not frame["loop"]:
                raise Unsupported(node, "assignment to a comprehension variable")
            self.join_at(t, val.t, node)
            self.line(f"{rust} = {self.coerce(val, t, node).code};")
            return
        if kind in ("function", "module", "builtin"):
            raise Unsupported(node, f"rebinding '{name}' is not supported", "type-conflict")
        if not (kind == "param" and self.current.annotated[key[2]]):
            self.slot_join(key, val.t, node)
        t = self.slot_get(key)
        value = self.coerce(val, t, node).code
        if val.t == NONE or isinstance(val.t, OptT):
            self.narrowed.discard(name)
        else:
            self.narrowed.add(name)
        if kind == "cell":
            tmp = self.fresh("c")
            self.line(f"let {tmp} = {value};")
            self.line(f"*{rust_ident(name)}.borrow_mut() = {tmp};")
            return
        if kind == "global":
            if name in self.consts:
                return
            static = self.static_name(name)
            tmp = self.fresh("g")
            self.line(f"let {tmp} = {value};")
            self.line(f"{static}.with(|g| *g.borrow_mut() = {tmp});")
            return
        rust = rust_ident(name)
        scope = self.current.scope
        if (
            kind == "local"
            and scope.declare_at.get(name) == self.top_index
            and name not in self.declared
        ):
            self.declared.add(name)
            mut = "mut " if scope.is_mut(name) else ""
            annot = "" if isinstance(t, IterT) else f": {t.rust()}"
            self.line(f"let {mut}{rust}{annot} = {value};")
        else:
            self.line(f"{rust} = {value};")

    def refine(self, node: ast.expr, t: PyType) -> None:
        """Widen the slot behind an expression (`xs` in `xs.append(1)`, `d[k]` in `d[k].add(x)`)."""
        if self.refining > 16:
            return  # aliases that lead back to themselves
        self.refining += 1
        try:
            self._refine(node, t)
        finally:
            self.refining -= 1

    def _refine(self, node: ast.expr, t: PyType) -> None:
        if isinstance(node, ast.Name):
            try:
                kind, key = self.resolve(node.id)
            except Unsupported:
                return
            if kind == "param" and self.current.annotated[key[2]]:
                return
            if kind in ("local", "global", "param", "cell"):
                self.slot_join(key, t, node)
            if kind in ("local", "global", "param", "cell", "scoped"):
                source = self.aliases.get((self.current.name, node.id))
                if source is not None and source is not node:
                    self.refine(source, t)
        elif (
            isinstance(node, ast.Tuple) and isinstance(t, TupleT) and len(t.items) == len(node.elts)
        ):
            for elt, item in zip(node.elts, t.items):
                self.refine(elt, item)
        elif isinstance(node, ast.Attribute):
            try:
                base = self.expr(node.value)
            except Unsupported:
                return
            cls = self.class_of(base.t)
            if cls is not None and self.has_field(cls.root, node.attr):
                self.slot_join(("attr", cls.root, node.attr), t, node)
        elif isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice):
            try:
                base = self.expr(node.value)
            except Unsupported:
                return
            if isinstance(base.t, ListT):
                self.refine(node.value, ListT(t))
            elif isinstance(base.t, DictT):
                self.refine(node.value, DictT(base.t.key, t))
            elif (
                isinstance(base.t, TupleT)
                and isinstance(node.slice, ast.Constant)
                and isinstance(node.slice.value, int)
                and 0 <= node.slice.value < len(base.t.items)
            ):
                items = list(base.t.items)
                items[node.slice.value] = t
                self.refine(node.value, TupleT(tuple(items)))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            # `f = make_adder(1)` then `f(2)`: what the caller needs flows to the return slot.
            try:
                kind, key = self.resolve(node.func.id)
            except Unsupported:
                return
            if kind == "function" and (has_callable(t) or mentions(t, RecordT)):
                info = self.functions[key[0]]
                if not info.ret_annotated:
                    self.slot_join(("ret", info.sig), t, node)
        elif isinstance(node, (ast.ListComp, ast.GeneratorExp)) and isinstance(t, ListT):
            self.refine(node.elt, t.elem)  # `[parse(line) for line in text]`
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("setdefault", "get")
            and node.args
        ):
            # `d.setdefault(k, []).append(x)` fills the dict's values.
            base = self.expr(node.func.value)
            if isinstance(base.t, DictT):
                self.refine(node.func.value, DictT(base.t.key, t))

    # ------------------------------------------------------- scopes (comprehensions, lambdas)
    def push_scope(self, closure: bool = False, loop: bool = False, func: bool = False) -> None:
        """``closure``: a Rust closure; ``func`` one returning PyResult (a lambda's `Func`)."""
        self.scopes.append({"names": {}, "closure": closure, "loop": loop, "func": func})

    def pop_scope(self) -> None:
        self.scopes.pop()

    def declare_scoped(self, name: str, t: PyType) -> str:
        rust = rust_ident(name) if name != "__key_arg__" else self.fresh("arg")
        self.scopes[-1]["names"][name] = (rust, t)
        return rust

    @property
    def in_closure(self) -> bool:
        """Inside a Rust closure that cannot return a Python exception with `?`."""
        for frame in reversed(self.scopes):
            if frame.get("func"):
                return False
            if frame["closure"]:
                return True
        return False

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"__{prefix}{self.counter}"

    def fallible(self, code: str) -> str:
        """Propagate a Python exception: `?` in functions, exit-with-traceback in closures."""
        if self.in_closure:
            return f"pyrt::check({code})"
        if self.tries:
            label = self.tries[-1].label
            return f"(match {code} {{ Ok(v) => v, Err(e) => break {label} Err(e) }})"
        return f"{code}?"

    def raise_code(self, err: str) -> str:
        if self.in_closure:
            return f"pyrt::check::<()>(Err({err}))"
        if self.tries:
            return f"break {self.tries[-1].label} Err({err})"
        return f"return Err({err})"

    # ---------------------------------------------------------------- annotations
    def annotation(self, node: ast.expr) -> PyType:
        """A Python annotation as a type."""
        if isinstance(node, ast.Constant) and node.value is None:
            return NONE
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return self.annotation(ast.parse(node.value, mode="eval").body)
        if isinstance(node, ast.Name):
            if node.id in self.classes:
                return ClassT(self.classes[node.id].root)
            if node.id in _ANNOTATION_PRIMS:
                return _ANNOTATION_PRIMS[node.id]
            if node.id in _ANNOTATION_GENERICS:
                return _ANNOTATION_GENERICS[node.id](UNKNOWN)
            if node.id in ("dict", "Dict"):
                return DictT(UNKNOWN, UNKNOWN)
            if node.id in self.type_aliases and self.refining_alias < 8:
                self.refining_alias += 1
                try:
                    return self.annotation(self.type_aliases[node.id])
                except Unsupported:
                    return UNKNOWN  # an alias this backend cannot spell: inferred instead
                finally:
                    self.refining_alias -= 1
            if node.id in ("deque", "Deque"):
                return DequeT(UNKNOWN)
            if node.id in BUILTIN_EXCEPTIONS:
                return EXC  # a caught exception kept as a value (`problems: list[Exception]`)
            if self.from_imports.get(node.id) in DATETIME_TYPES:
                return DATETIME_TYPES[self.from_imports[node.id]]
            if node.id in ("Any", "object", "Callable") or node.id in self.type_vars:
                return UNKNOWN  # inferred from the uses, like an unannotated name
        if isinstance(node, ast.Attribute) and ast.unparse(node.value) in _TYPING_MODULES:
            return self.annotation(ast.Name(id=node.attr, ctx=ast.Load()))
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Attribute)
            and ast.unparse(node.value.value) in _TYPING_MODULES
        ):  # typing.List[int], collections.abc.Callable[[int], int], collections.deque[str]
            bare = ast.Name(id=node.value.attr, ctx=ast.Load())
            return self.annotation(ast.Subscript(bare, node.slice, ast.Load()))
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            try:
                return join(self.annotation(node.left), self.annotation(node.right))
            except TypeConflict as exc:
                raise Unsupported(node, f"union of {exc} is not supported", "type-error") from None
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            base = node.value.id
            args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            if base in ("Iterator", "Generator") and args:
                return IteratorT(self.annotation(args[0]))
            if base in _ANNOTATION_GENERICS and len(args) == 1:
                return _ANNOTATION_GENERICS[base](self.annotation(args[0]))
            if base in ("dict", "Dict", "Mapping") and len(args) == 2:
                return DictT(self.annotation(args[0]), self.annotation(args[1]))
            if base in ("defaultdict", "DefaultDict", "OrderedDict") and len(args) == 2:
                kind = "OrderedDict" if base == "OrderedDict" else "defaultdict"
                return DictT(self.annotation(args[0]), self.annotation(args[1]), kind)
            if base == "Counter" and len(args) == 1:
                return DictT(self.annotation(args[0]), INT, "Counter")
            if base in ("deque", "Deque") and len(args) == 1:
                return DequeT(self.annotation(args[0]))
            if base == "Callable" and len(args) == 2 and isinstance(args[0], ast.List):
                params = tuple(self.annotation(a) for a in args[0].elts)
                return CallableT(params, self.annotation(args[1]))
            if base in ("tuple", "Tuple"):
                if len(args) == 2 and isinstance(args[1], ast.Constant) and args[1].value is ...:
                    return SeqT(self.annotation(args[0]))
                return TupleT(tuple(self.annotation(a) for a in args))
            if base == "Optional" and len(args) == 1:
                return join(self.annotation(args[0]), NONE)
        raise Unsupported(node, f"annotation '{ast.unparse(node)}' is not supported yet")

    # ---------------------------------------------------------------- passes
    def run(self) -> tuple[str | None, list[Diagnostic], int]:
        """Infer to a fixpoint, then emit; returns (rust, diagnostics, units translated)."""
        for _ in range(3):
            for _ in range(MAX_PASSES):
                self.changed = False
                self._emit_all()
                if not self.changed:
                    break
            self.final = True
            self.changed = False
            result = self._emit_all()
            if not self.changed:
                return result
            # The final pass reached code no earlier pass did (and widened its types).
            self.final = False
        return result

    def mark_called(self, name: str) -> None:
        self.called.add(name)
        self.called_now.add(name)

    def _reset(self) -> None:
        self.lines: list[str] = []
        self.depth = 0
        self.counter = 0
        self.scopes: list[dict] = []
        self.loops: list[str | None] = []
        self.declared: set[str] = set()
        self.narrowed: set[str] = set()
        self.dead_rest = False  # the statements after this one in its block never run
        self.top_index = 0
        self.tries: list[TryFrame] = []
        self.handling: list[str] = []
        self.caught: dict[str, str] = {}  # `except Cls as e` objects -> their PyErr

    def _emit_all(self) -> tuple[str | None, list[Diagnostic], int]:
        diagnostics: list[Diagnostic] = []
        chunks: list[str] = []
        self.tagged = []
        failed_units = 0
        self.called_last, self.called_now = self.called_now, set()
        for fn in self.defs:
            failed = False
            live = [k for k in self.variants[fn.name] if k in self.called_last]
            for key in self.variants[fn.name]:
                if self.final and live and key not in live:
                    continue  # a copy an earlier pass made that no call uses any more
                code, diags = self._emit_function(self.functions[key])
                diagnostics.extend(diags)
                failed = failed or any(d.severity == "error" for d in diags)
                if code:
                    chunks.append(code)
                    self._tag(fn, code)
            failed_units += failed
        for info in [*(self.functions[k] for k in self.nested), *self.methods.values()]:
            if self._unused_copy_method(info):
                continue
            code, diags = self._emit_function(info)
            diagnostics.extend(diags)
            failed_units += any(d.severity == "error" for d in diags)
            if code:
                chunks.append(code)
                self._tag(info.node, code)
        code, diags, failed = self._emit_module()
        diagnostics.extend(diags)
        failed_units += failed
        chunks.append(code)
        units_ok = self.units_total - failed_units
        if not self.final:
            return None, [], units_ok
        diagnostics = self.class_errors + diagnostics
        if any(d.severity == "error" for d in diagnostics):
            return None, diagnostics, units_ok
        return self._assemble(chunks), diagnostics, units_ok

    def _unused_copy_method(self, info: FuncInfo) -> bool:
        """A method of a generic class's copy (generic.py) that nothing calls: left out, its
        types are those of another copy's uses. Dunders stay (the trait impls call them)."""
        cls = self.classes.get(info.cls or "")
        if cls is None or cls.display == cls.name or info.name in self.called:
            return False
        method = info.name.rsplit(".", 1)[-1]
        return not (method.startswith("__") and method.endswith("__"))

    def _diag(self, exc: Unsupported, fallback: ast.AST) -> Diagnostic:
        node = exc.node if exc.node is not None and hasattr(exc.node, "lineno") else fallback
        return Diagnostic(
            self.path,
            getattr(node, "lineno", 1),
            getattr(node, "col_offset", 0) + 1,
            exc.code,
            exc.message,
        )

    def _emit_body(self, stmts: list[ast.stmt], start: int = 0) -> tuple[list[Diagnostic], int]:
        diagnostics, failed = [], 0
        self.dead_rest = False
        for index, stmt in enumerate(stmts, start):
            if self.dead_rest:  # after an always-taken branch that returns: never runs
                break
            self.top_index = index
            depth = self.depth
            mark = len(self.lines)
            try:
                self.stmt(stmt)
            except Unsupported as exc:
                del self.lines[mark:]
                self.depth = depth
                self.scopes.clear()
                self.loops.clear()
                self.tries.clear()
                self.handling.clear()
                self.narrowed.clear()
                failed += 1
                if self.final:
                    diagnostics.append(self._diag(exc, stmt))
        self.dead_rest = False
        return diagnostics, failed

    def _emit_function(self, info: FuncInfo) -> tuple[str | None, list[Diagnostic]]:
        self._reset()
        self.current = info
        fn = info.node
        assert fn is not None
        args = fn.args
        if args.vararg or args.kwarg or args.kwonlyargs or args.posonlyargs:
            if not self.final:
                return None, []
            return None, [
                self._diag(
                    Unsupported(
                        fn, "*args, **kwargs and keyword-only parameters are not supported yet"
                    ),
                    fn,
                )
            ]
        if getattr(fn, OPTIONAL_ATTR, False) and info.name not in self.called:
            return None, []
        if fn.decorator_list and info.kind == "function":
            return None, [self._diag(Unsupported(fn, "decorators are not supported yet"), fn)]
        if (
            self.final
            and info.kind == "function"
            and info.name not in self.called
            and any(
                isinstance(self.param_type(info.name, i), Unknown) for i in range(len(info.params))
            )
        ):
            warn = Diagnostic(
                self.path,
                fn.lineno,
                fn.col_offset + 1,
                "unused-untyped",
                f"function '{info.name}' is never called and its parameter types "
                "cannot be inferred; it is left out",
                "warning",
            )
            return None, [warn]
        self.depth = 1
        self._declare_hoisted(info)
        diagnostics, _ = self._emit_body(fn.body)
        falls_through = not always_returns(fn.body)
        ret_key = ("ret", info.sig)
        if falls_through:
            if info.ret_annotated:
                if self.slot_get(ret_key) != NONE and not isinstance(self.slot_get(ret_key), OptT):
                    raise_site = Unsupported(
                        fn,
                        f"function '{info.name}' can end without returning a value",
                        "type-error",
                    )
                    if self.final:
                        diagnostics.append(self._diag(raise_site, fn))
            else:
                try:
                    self.slot_join(ret_key, NONE, fn)
                except Unsupported as exc:
                    if self.final:
                        diagnostics.append(self._diag(exc, fn))
            ret_t = self.slot_get(ret_key)
            self.line("Ok(None)" if isinstance(ret_t, OptT) else "Ok(())")
        body = "\n".join(self.lines)
        params = []
        for i, name in enumerate(info.params):
            t = self.param_type(info.name, i)
            mut = "mut " if info.scope.is_mut(name) and name not in info.cells else ""
            try:
                rust_t = f"pyrt::Cell<{t.rust()}>" if name in info.cell_args else t.rust()
                params.append(f"{mut}{rust_ident(name)}: {rust_t}")
            except TypeConflict as exc:
                diagnostics.append(self._diag(Unsupported(fn, str(exc)), fn))
        ret_t = self.slot_get(ret_key)
        ret_rust = "()" if isinstance(ret_t, Unknown) else ret_t.rust()
        header = f"// from {self.path_name}:{fn.lineno}\n"
        name = info.rust_name
        wrapper = ""
        if getattr(fn, MEMO_ATTR, False) and info.kind == "function":
            typed = [tuple(p.removeprefix("mut ").split(": ", 1)) for p in params]
            wrapper = "\n" + memo_wrapper(name, typed, ret_rust, getattr(fn, MEMO_ATTR))
            name += "__body"
        sig = f"fn {name}({', '.join(params)}) -> PyResult<{ret_rust}> {{"
        return f"{header}{sig}\n{body}\n}}{wrapper}", diagnostics

    @property
    def path_name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    def _declare_hoisted(self, info: FuncInfo) -> None:
        """`let mut x: T = default;` for locals first bound inside a block."""
        for name in sorted(info.cells):
            if name in info.params:
                if name not in info.cell_args:
                    self.line(f"let {rust_ident(name)} = pyrt::cell({rust_ident(name)});")
                continue
            t = self.slot_get(("local", info.name, name))
            rust = rust_ident(name)
            self.line(f"let {rust}: pyrt::Cell<{t.rust()}> = pyrt::cell(Default::default());")
        for name in info.scope.hoisted():
            if (info.name == MODULE and name in self.globals_used) or name in info.cells:
                continue
            t = self.slot_get(("local", info.name, name))
            if isinstance(t, IterT):
                raise Unsupported(
                    info.node,
                    f"iterator variable '{name}' must be assigned at the top level of its function",
                )
            self.line(f"let mut {rust_ident(name)}: {t.rust()} = Default::default();")

    def _emit_module(self) -> tuple[str, list[Diagnostic], int]:
        if self.unit is not None:
            return self._emit_module_inits(self.unit)
        return self._module_function("module_body", self.module_body)

    def _module_function(
        self, name: str, stmts: list[ast.stmt], start: int = 0
    ) -> tuple[str, list[Diagnostic], int]:
        """`fn name()` running top-level statements (``start``: the first one's index)."""
        self._reset()
        info = self.functions[MODULE]
        self.current = info
        self.depth = 1
        self._declare_hoisted(info)
        diagnostics, failed = self._emit_body(stmts, start)
        self.line("Ok(())")
        body = "\n".join(self.lines)
        return f"fn {name}() -> PyResult<()> {{\n{body}\n}}", diagnostics, failed

    def _emit_module_inits(self, unit: ProjectUnit) -> tuple[str, list[Diagnostic], int]:
        """Package mode: one function per module running its top-level code."""
        diagnostics: list[Diagnostic] = []
        failed = 0
        codes = []
        for span in unit.spans:
            # A module's statements are contiguous in the joined body (modules in order).
            where = [
                i
                for i, s in enumerate(self.module_body)
                if span.first <= s.lineno < span.first + span.lines
            ]
            stmts = self.module_body[where[0] : where[-1] + 1] if where else []
            code, diags, bad = self._module_function(
                init_function(span.module), stmts, where[0] if where else 0
            )
            diagnostics += diags
            failed += bad
            codes.append(code)
            self.tagged.append((span.module, code))
        return "\n\n".join(codes), diagnostics, failed

    def _tag(self, node: ast.AST | None, code: str) -> None:
        """Package mode: note which module a Rust item belongs to (by its Python line)."""
        if self.unit is None:
            return
        span = self.unit.locate(getattr(node, "lineno", 0))
        self.tagged.append((span.module if span else "", code))

    def _assemble(self, chunks: list[str]) -> str:
        head = [
            f"// Generated by Portalis-Ray from {self.path_name}. Edit the Python, not this file.",
            "#![allow(unused_mut, unused_variables, unused_parens, unused_assignments, "
            "unreachable_code, unreachable_patterns, unused_labels, dead_code, non_snake_case, "
            "non_camel_case_types, non_upper_case_globals, "
            "clippy::all)]",
            "#![forbid(unsafe_code)]",
            "",
            "use pyrt::prelude::*;",
        ]
        markers = record_markers("\n".join(chunks))
        if markers:
            head += ["", markers]
        statics = []
        owners = self.unit.owners if self.unit is not None else {}
        for name in sorted(self.globals_used):
            mark = len(statics)
            t = self.slot_get(("global", name))
            static = self.static_name(name)
            if name in self.consts:
                lit = self.consts[name]
                value = self.expr(lit, t)
                if t == STR:
                    statics.append(f"const {static}: &str = {rust_str_literal(value.lit)};")
                elif t == FLOAT:
                    neg = isinstance(lit, ast.UnaryOp)
                    number = lit.operand.value if neg else lit.value  # type: ignore[attr-defined]
                    text = rust_float_literal(float(number))
                    statics.append(f"const {static}: f64 = {'-' if neg else ''}{text};")
                else:
                    statics.append(f"const {static}: {t.rust()} = {value.code};")
            else:
                statics.append(
                    f"thread_local! {{\n    static {static}: std::cell::RefCell<"
                    f"{t.rust()}> = std::cell::RefCell::new(Default::default());\n}}"
                )
            self.tagged.extend((owners.get(name, ""), item) for item in statics[mark:])
        main = (
            "fn main() {\n"
            f"    let script = {rust_str_literal(self.path_name)};\n"
            "    std::process::exit(pyrt::run_main(module_body, script));\n"
            "}"
        )
        for owner, attr in sorted(self.class_statics):
            t = self.slot_get(("cattr", owner, attr))
            statics.append(
                f"thread_local! {{\n    static {f'{owner}__{attr}'.upper()}: std::cell::RefCell<"
                f"{t.rust()}> = std::cell::RefCell::new(Default::default());\n}}"
            )
            self._tag(self.classes[owner].node if owner in self.classes else None, statics[-1])
        for root, item in self.emit_class_items():
            statics.append(item)
            self._tag(self.classes[root].node, item)
        parts = ["\n".join(head)]
        if statics:
            parts.append("\n".join(statics))
        parts.extend(chunks)
        parts.append(main)
        return "\n\n".join(parts) + "\n"


_ = (TupleT, BOOL, STR)

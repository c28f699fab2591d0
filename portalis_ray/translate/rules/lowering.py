"""Small source rewrites before translation, each into Python the translator already knows.

- `self.items: list[int] = []` (an annotated attribute or subscript) is a plain assignment.
- `first, *rest = xs` takes the items of `list(xs)` by index and slice (`*init, last = xs`,
  `a, *mid, b = xs` alike); a too-short value raises, as in Python.
- `import itertools as it` binds the module under another name: uses of `it` read `itertools`.
"""

from __future__ import annotations

import ast
import copy
import itertools

from portalis_ray.translate.rules.walk import statements, walk

_STAR_TMP = itertools.count()


def _located(new: ast.AST, old: ast.AST) -> ast.AST:
    return ast.fix_missing_locations(ast.copy_location(new, old))


def _star_assign(node: ast.Assign) -> list[ast.stmt] | None:
    if len(node.targets) != 1 or not isinstance(node.targets[0], (ast.Tuple, ast.List)):
        return None
    elts = node.targets[0].elts
    stars = [i for i, e in enumerate(elts) if isinstance(e, ast.Starred)]
    if len(stars) != 1:
        return None
    k = stars[0]
    after = len(elts) - k - 1
    tmp = f"__star{next(_STAR_TMP)}"

    def load() -> ast.Name:
        return ast.Name(id=tmp, ctx=ast.Load())

    def const(i: int) -> ast.expr:
        return ast.Constant(i) if i >= 0 else ast.UnaryOp(ast.USub(), ast.Constant(-i))

    star_name = getattr(elts[k].value, "id", None)  # type: ignore[attr-defined]
    # `*_, last = row` binds nothing useful to `_`: index the value itself (a tuple of
    # mixed types cannot become a list).
    whole = (
        node.value
        if star_name == "_"
        else ast.Call(ast.Name(id="list", ctx=ast.Load()), [node.value], [])
    )
    out: list[ast.stmt] = [ast.Assign(targets=[ast.Name(id=tmp, ctx=ast.Store())], value=whole)]
    if after or k:  # Python's ValueError when there are fewer items than names
        need = ast.Constant(k + after)
        short = ast.Compare(
            ast.Call(ast.Name(id="len", ctx=ast.Load()), [load()], []), [ast.Lt()], [need]
        )
        message = ast.JoinedStr(
            [
                ast.Constant(f"not enough values to unpack (expected at least {k + after}, got "),
                ast.FormattedValue(
                    ast.Call(ast.Name(id="len", ctx=ast.Load()), [load()], []), -1, None
                ),
                ast.Constant(")"),
            ]
        )
        error = ast.Call(ast.Name(id="ValueError", ctx=ast.Load()), [message], [])
        out.append(ast.If(short, [ast.Raise(exc=error, cause=None)], []))
    for i, target in enumerate(elts):
        if i < k:
            value: ast.expr = ast.Subscript(load(), const(i), ast.Load())
        elif i == k and star_name == "_":
            continue
        elif i == k:
            upper = const(-after) if after else None
            value = ast.Subscript(load(), ast.Slice(const(k) if k else None, upper), ast.Load())
            target = target.value  # type: ignore[attr-defined]
        else:
            value = ast.Subscript(load(), const(i - len(elts)), ast.Load())
        out.append(ast.Assign(targets=[target], value=value))
    return [_located(s, node) for s in out]  # type: ignore[misc]


def _pure(node: ast.expr) -> bool:
    """A name or a chain of attributes: evaluating it twice reads the same value."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


def _guarded_or(node: ast.BoolOp) -> ast.expr | None:
    """`(p.address and p.address.postcode) or default` as `p.address.postcode if
    (p.address and p.address.postcode) else default`: the same value in Python (a falsy
    operand of the `and` makes the `or` take its default), and one type in Rust where the
    `and` alone would mix an Address with a str."""
    if not (isinstance(node.op, ast.Or) and len(node.values) >= 2):
        return None
    first = node.values[0]
    if not (isinstance(first, ast.BoolOp) and isinstance(first.op, ast.And)):
        return None
    last = first.values[-1]
    if not all(_pure(v) for v in first.values):
        return None
    rest = node.values[1:]
    orelse = rest[0] if len(rest) == 1 else ast.BoolOp(ast.Or(), rest)
    out = ast.IfExp(first, last, orelse)
    return ast.fix_missing_locations(ast.copy_location(out, node))


class _GuardedOr(ast.NodeTransformer):
    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        self.generic_visit(node)
        out = _guarded_or(node)
        if out is None:
            return node
        out.orelse = self.visit(out.orelse)  # `(a and a.b) or (c and c.d) or e`
        return out


class _Statements(ast.NodeTransformer):
    def visit_AnnAssign(self, node: ast.AnnAssign) -> ast.AST | None:
        if isinstance(node.target, ast.Name):
            return node
        if node.value is None:
            return None  # a bare declaration of an attribute: nothing happens at run time
        return _located(ast.Assign(targets=[node.target], value=node.value), node)

    def visit_List(self, node: ast.List) -> ast.AST:
        """`[a, *b, c]` is `[a] + list(b) + [c]`."""
        self.generic_visit(node)
        if not isinstance(node.ctx, ast.Load) or not any(
            isinstance(e, ast.Starred) for e in node.elts
        ):
            return node
        parts: list[ast.expr] = []
        run: list[ast.expr] = []
        for elt in node.elts:
            if isinstance(elt, ast.Starred):
                if run:
                    parts.append(ast.List(elts=run, ctx=ast.Load()))
                    run = []
                parts.append(ast.Call(ast.Name("list", ast.Load()), [elt.value], []))
            else:
                run.append(elt)
        if run:
            parts.append(ast.List(elts=run, ctx=ast.Load()))
        out = parts[0]
        for part in parts[1:]:
            out = ast.BinOp(out, ast.Add(), part)
        return _located(out, node)

    def visit_Call(self, node: ast.Call) -> ast.AST:
        """`format(x, spec)` is `f"{x:spec}"` for a literal spec."""
        self.generic_visit(node)
        if (
            isinstance(node.func, ast.Name)
            and node.func.id == "format"
            and not node.keywords
            and len(node.args) in (1, 2)
            and (len(node.args) == 1 or isinstance(node.args[1], ast.Constant))
            and all(not isinstance(a, ast.Starred) for a in node.args)
        ):
            spec = node.args[1].value if len(node.args) == 2 else ""  # type: ignore[attr-defined]
            if isinstance(spec, str):
                fmt = ast.JoinedStr([ast.Constant(spec)]) if spec else None
                value = ast.FormattedValue(node.args[0], -1, fmt)
                return _located(ast.JoinedStr([value]), node)
        return node

    def visit_Assign(self, node: ast.Assign) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        return _star_assign(node) or _nested_star_assign(node) or node

    def visit_For(self, node: ast.For) -> ast.AST:
        """`for a, *rest in rows:` binds the row to a temporary and star-unpacks it."""
        self.generic_visit(node)
        target = node.target
        if not isinstance(target, (ast.Tuple, ast.List)) or not any(
            isinstance(e, ast.Starred) for e in target.elts
        ):
            return node
        tmp = f"__row{next(_STAR_TMP)}"
        unpack = _star_assign(
            _located(ast.Assign(targets=[target], value=ast.Name(tmp, ast.Load())), node)
        )
        if unpack is None:
            return node
        node.target = _located(ast.Name(tmp, ast.Store()), node)  # type: ignore[assignment]
        node.body = [*unpack, *node.body]
        return node


def _has_star(target: ast.expr) -> bool:
    return any(isinstance(n, ast.Starred) for n in ast.walk(target))


def _nested_star_assign(node: ast.Assign) -> list[ast.stmt] | None:
    """`(a, *_), (*_, b) = xs, ys`: the value's parts bound to temporaries first (Python
    evaluates the whole right side before assigning), then each part unpacked."""
    if len(node.targets) != 1 or not isinstance(node.targets[0], (ast.Tuple, ast.List)):
        return None
    elts = node.targets[0].elts
    if any(isinstance(e, ast.Starred) for e in elts) or not any(_has_star(e) for e in elts):
        return None
    value = node.value
    temps = [f"__part{next(_STAR_TMP)}" for _ in elts]
    if isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(elts):
        parts = list(value.elts)
        if any(isinstance(p, ast.Starred) for p in parts):
            return None
        out: list[ast.stmt] = []
    else:
        whole = f"__whole{next(_STAR_TMP)}"
        out = [ast.Assign(targets=[ast.Name(whole, ast.Store())], value=value)]
        parts = [
            ast.Subscript(ast.Name(whole, ast.Load()), ast.Constant(i), ast.Load())
            for i in range(len(elts))
        ]
    out += [ast.Assign(targets=[ast.Name(t, ast.Store())], value=p) for t, p in zip(temps, parts)]
    for target, tmp in zip(elts, temps):
        part = ast.Assign(targets=[target], value=ast.Name(tmp, ast.Load()))
        out.extend(_star_assign(part) or _nested_star_assign(part) or [part])
    return [_located(stmt, node) for stmt in out]  # type: ignore[misc]


def _leading_walrus(test: ast.expr) -> tuple[ast.NamedExpr, ast.expr] | None:
    """The walrus evaluated first in ``test`` and ``test`` with it replaced by its name."""
    holder: ast.AST = test
    if isinstance(test, ast.NamedExpr):
        return test, ast.Name(id=test.target.id, ctx=ast.Load())
    if isinstance(test, ast.Compare):
        first = test.left
    elif isinstance(test, ast.BoolOp):
        first = test.values[0]
    elif isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        first = test.operand
    else:
        return None
    if not isinstance(first, ast.NamedExpr):
        return None
    name = ast.Name(id=first.target.id, ctx=ast.Load())
    new = copy.copy(holder)
    if isinstance(new, ast.Compare):
        new.left = name
    elif isinstance(new, ast.BoolOp):
        new.values = [name, *new.values[1:]]
    else:
        new.operand = name  # type: ignore[attr-defined]
    return first, new


def _walrus_assign(w: ast.NamedExpr, where: ast.AST) -> ast.stmt:
    target = ast.Name(id=w.target.id, ctx=ast.Store())
    return _located(ast.Assign(targets=[target], value=w.value), where)  # type: ignore[return-value]


class _Walrus(ast.NodeTransformer):
    """`if (m := f()):` and `while (x := f()) != end:` as an assignment and a plain test;
    in a comprehension, `... if (v := f(x))` as `... for v in [f(x)] if v` where `v` is
    not read outside it (Python binds it in the enclosing scope too)."""

    def __init__(self, tree: ast.Module) -> None:
        self.scopes: list[ast.AST] = [tree]  # the functions around the node visited

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        self.scopes.append(node)
        try:
            self.generic_visit(node)
        finally:
            self.scopes.pop()
        return node

    def _comp(self, node: ast.AST) -> ast.AST:
        self.generic_visit(node)
        inside = {id(n) for n in ast.walk(node)}
        gens: list[ast.comprehension] = []
        for gen in node.generators:  # type: ignore[attr-defined]
            current = gen
            pending = list(gen.ifs)
            current.ifs = []
            while pending:
                cond = pending.pop(0)
                found = _leading_walrus(cond)
                name = found[0].target.id if found else None
                if found is None or any(
                    isinstance(n, ast.Name) and n.id == name and id(n) not in inside
                    for n in ast.walk(self.scopes[-1])
                ):
                    current.ifs.append(cond)
                    continue
                walrus, test = found
                gens.append(current)
                current = ast.comprehension(
                    target=ast.Name(name, ast.Store()),
                    iter=ast.List([walrus.value], ast.Load()),
                    ifs=[test],
                    is_async=0,
                )
            gens.append(current)
        node.generators = gens  # type: ignore[attr-defined]
        return ast.fix_missing_locations(node)

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comp

    def visit_If(self, node: ast.If) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        found = _leading_walrus(node.test)
        if found is None:
            return node
        walrus, test = found
        node.test = test
        return [_walrus_assign(walrus, node), node]

    def visit_While(self, node: ast.While) -> ast.AST:
        self.generic_visit(node)
        found = _leading_walrus(node.test)
        if found is None or node.orelse:
            return node
        walrus, test = found
        stop = ast.If(test=ast.UnaryOp(ast.Not(), test), body=[ast.Break()], orelse=[])
        body = [_walrus_assign(walrus, node), _located(stop, node), *node.body]
        return _located(ast.While(test=ast.Constant(True), body=body, orelse=[]), node)


_WITH_TMP = itertools.count()


class _With(ast.NodeTransformer):
    """`with cm as v: body` as the calls Python makes:

        __cm = cm; v = __cm.__enter__()
        try: body
        except Exception as __e:
            if not __cm.__exit__(__e, __e, None): raise
        else: __cm.__exit__(None, None, None)

    (the exception is passed for its type too: `exc_type is not None` and
    `exc_type.__name__` read as in Python)."""

    def visit_With(self, node: ast.With) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        body: list[ast.stmt] = node.body
        for item in reversed(node.items):
            n = next(_WITH_TMP)
            cm, err = f"__cm{n}", f"__e{n}"

            def call(method: str, args: list[ast.expr], cm: str = cm) -> ast.Call:
                func = ast.Attribute(ast.Name(cm, ast.Load()), method, ast.Load())
                return ast.Call(func, args, [])

            none = ast.Constant(None)
            enter: ast.stmt = (
                ast.Assign(targets=[item.optional_vars], value=call("__enter__", []))
                if item.optional_vars is not None
                else ast.Expr(call("__enter__", []))
            )
            failed = ast.Name(err, ast.Load())
            handler = ast.ExceptHandler(
                type=ast.Name("Exception", ast.Load()),
                name=err,
                body=[
                    ast.If(
                        test=ast.UnaryOp(ast.Not(), call("__exit__", [failed, failed, none])),
                        body=[ast.Raise(exc=None, cause=None)],
                        orelse=[],
                    )
                ],
            )
            guarded = ast.Try(
                body=body,
                handlers=[handler],
                orelse=[ast.Expr(call("__exit__", [none, none, none]))],
                finalbody=[],
            )
            body = [
                ast.Assign(targets=[ast.Name(cm, ast.Store())], value=item.context_expr),
                enter,
                guarded,
            ]
        return [_located(stmt, node) for stmt in body]  # type: ignore[misc]


class _Rename(ast.NodeTransformer):
    def __init__(self, aliases: dict[str, str]) -> None:
        self.aliases = aliases

    def visit_Name(self, node: ast.Name) -> ast.Name:
        if node.id in self.aliases:
            node.id = self.aliases[node.id]
        return node


_GENERIC_BASES = {
    "dict",
    "list",
    "set",
    "tuple",
    "frozenset",
    "Dict",
    "List",
    "Set",
    "Tuple",
    "FrozenSet",
    "Optional",
    "Union",
    "Callable",
    "Iterator",
    "Iterable",
    "Sequence",
    "Mapping",
    "Generator",
    "deque",
    "Deque",
    "defaultdict",
    "DefaultDict",
    "Counter",
    "OrderedDict",
}


def _is_type_expr(node: ast.expr) -> bool:
    if isinstance(node, ast.Subscript):
        base = node.value
        return isinstance(base, ast.Name) and base.id in _GENERIC_BASES
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _is_type_expr(node.left) or _is_type_expr(node.right)
    return False


def _is_typevar(stmt: ast.stmt) -> bool:
    """`T = TypeVar("T")` or a type alias (`Graph = dict[str, list[str]]`): annotations
    naming them are inferred from the uses instead."""
    if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
        return False
    if _is_type_expr(stmt.value):
        return True
    if not isinstance(stmt.value, ast.Call):
        return False
    f = stmt.value.func
    return (isinstance(f, ast.Name) and f.id == "TypeVar") or (
        isinstance(f, ast.Attribute) and f.attr == "TypeVar"
    )


def _namedtuple_fields(call: ast.Call) -> tuple[str, list[str], list[ast.expr]] | None:
    """(name, fields, defaults) of `namedtuple("P", ["x", "y"], defaults=[...])`."""
    f = call.func
    named = (isinstance(f, ast.Name) and f.id == "namedtuple") or (
        isinstance(f, ast.Attribute) and f.attr == "namedtuple"
    )
    if not named or len(call.args) != 2 or not isinstance(call.args[0], ast.Constant):
        return None
    spec = call.args[1]
    if isinstance(spec, ast.Constant) and isinstance(spec.value, str):
        fields = spec.value.replace(",", " ").split()
    elif isinstance(spec, (ast.List, ast.Tuple)) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in spec.elts
    ):
        fields = [e.value for e in spec.elts]  # type: ignore[attr-defined]
    else:
        return None
    defaults: list[ast.expr] = []
    for kw in call.keywords:
        if kw.arg == "defaults" and isinstance(kw.value, (ast.List, ast.Tuple)):
            defaults = list(kw.value.elts)
        else:
            return None
    if not all(x.isidentifier() for x in fields) or len(defaults) > len(fields):
        return None
    return str(call.args[0].value), fields, defaults


def _namedtuple_class(stmt: ast.Assign) -> ast.ClassDef | None:
    """`P = namedtuple("P", "x y")` as `class P(NamedTuple)`."""
    if not isinstance(stmt.value, ast.Call) or len(stmt.targets) != 1:
        return None
    target = stmt.targets[0]
    found = _namedtuple_fields(stmt.value)
    if found is None or not isinstance(target, ast.Name):
        return None
    _, fields, defaults = found
    first_default = len(fields) - len(defaults)
    lines = [f"class {target.id}(NamedTuple):"]
    for i, name in enumerate(fields):
        default = f" = {ast.unparse(defaults[i - first_default])}" if i >= first_default else ""
        lines.append(f"    {name}: Any{default}")
    cls = ast.parse("\n".join(lines)).body[0]
    for node in ast.walk(cls):
        ast.copy_location(node, stmt)
    return cls  # type: ignore[return-value]


def _namedtuple_methods(cls: ast.ClassDef, attrs: set[str]) -> None:
    """`_replace` and `_asdict` of a NamedTuple class, where the module uses them (their
    parameter types come from the calls)."""
    fields = [
        s.target.id
        for s in cls.body
        if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
    ]
    defined = {s.name for s in cls.body if isinstance(s, ast.FunctionDef)}
    lines = []
    if "_replace" in attrs and "_replace" not in defined:
        params = ", ".join(f"{n}=None" for n in fields)
        args = ", ".join(f"self.{n} if {n} is None else {n}" for n in fields)
        lines += [f"def _replace(self, {params}):", f"    return {cls.name}({args})"]
    if "_asdict" in attrs and "_asdict" not in defined:
        items = ", ".join(f"{n!r}: self.{n}" for n in fields)
        lines += ["def _asdict(self):", f"    return {{{items}}}"]
    if "_field_defaults" in attrs and fields:
        given = [
            f"{s.target.id!r}: {ast.unparse(s.value)}"  # type: ignore[union-attr]
            for s in cls.body
            if isinstance(s, ast.AnnAssign) and s.value is not None
        ]
        lines += [f"_field_defaults = {{{', '.join(given)}}}"]
    if not lines:
        return
    for made in ast.parse("\n".join(lines)).body:
        for node in ast.walk(made):
            ast.copy_location(node, cls)
            if isinstance(node, ast.FunctionDef):
                setattr(node, OPTIONAL_ATTR, True)  # emitted only where it is called
        cls.body.append(made)


def _is_namedtuple_class(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.ClassDef) and any(
        (isinstance(b, ast.Name) and b.id == "NamedTuple")
        or (isinstance(b, ast.Attribute) and b.attr == "NamedTuple")
        for b in stmt.bases
    )


def lower_namedtuples(tree: ast.Module, attrs: set[str]) -> None:
    """Module-level `collections.namedtuple` definitions as NamedTuple classes."""
    out: list[ast.stmt] = []
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module == "collections":
            stmt.names = [a for a in stmt.names if a.name != "namedtuple"]
            if not stmt.names:
                continue
        cls = _namedtuple_class(stmt) if isinstance(stmt, ast.Assign) else None
        stmt = cls or stmt
        if _is_namedtuple_class(stmt):
            _namedtuple_methods(stmt, attrs)  # type: ignore[arg-type]
        out.append(stmt)
    tree.body = out


def _inventory(tree: ast.AST) -> tuple[set[type], set[str]]:
    """The node types and the names/attributes in ``tree``, in one walk (each rewrite
    below runs only where its construct appears)."""
    kinds: set[type] = set()
    names: set[str] = set()
    for node in walk(tree):
        kinds.add(type(node))
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
    return kinds, names


def lower_statements(
    tree: ast.Module, known_modules: frozenset[str], only: list[ast.stmt] | None = None
) -> None:
    """Apply the rewrites of this module to ``tree`` in place (to the statements ``only``,
    when given: what a later pass generated)."""
    if only is not None:
        for stmt in only:
            _Statements().visit(stmt)
        return
    kinds, names = _inventory(tree)
    lower_namedtuples(tree, names)
    aliases: dict[str, str] = {}
    typevars = [s for s in tree.body if _is_typevar(s)]
    for stmt in typevars:
        setattr(stmt, TYPEVAR_ATTR, True)
    for stmt in tree.body:
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                if alias.asname and alias.name in known_modules:
                    aliases[alias.asname] = alias.name
                    alias.asname = None
    if kinds & {ast.AnnAssign, ast.Starred} or "format" in names:
        _Statements().visit(tree)
    if ast.NamedExpr in kinds:
        _Walrus(tree).visit(tree)
    if ast.BoolOp in kinds:
        _GuardedOr().visit(tree)
    if ast.With in kinds:
        _With().visit(tree)
    if aliases:
        _Rename(aliases).visit(tree)
    if "__mro__" in names or "issubclass" in names:
        lower_introspection(tree)
    for node in statements(tree):
        if isinstance(node, ast.FunctionDef):
            _rename_rebound_params(node)


def _rename_rebound_params(fn: ast.FunctionDef) -> None:
    """`other = coerce(other)` as a statement of the body itself, the parameter's only
    rebinding: later reads name a new variable (`other__1`), which may have another type.
    Python reads the same values; nested functions that could see the rebinding late keep
    the parameter as it is."""
    params = {a.arg for a in [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]}
    for i, stmt in enumerate(fn.body):
        if not (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and stmt.targets[0].id in params
        ):
            continue
        name = stmt.targets[0].id
        stores = [
            n
            for n in ast.walk(fn)
            if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)
        ]
        nested = [
            n
            for n in ast.walk(fn)
            if isinstance(n, (ast.FunctionDef, ast.Lambda, ast.ClassDef, ast.AsyncFunctionDef))
            and n is not fn
        ]
        if len(stores) != 1 or any(
            isinstance(m, ast.Name) and m.id == name for n in nested for m in ast.walk(n)
        ):
            continue
        new = f"{name}__{i}"
        stmt.targets[0].id = new
        for later in fn.body[i + 1 :]:
            for n in ast.walk(later):
                if isinstance(n, ast.Name) and n.id == name:
                    n.id = new


# ---------------------------------------------------------------------- *args and **kwargs
DEFAULTS_ATTR = "portalis_defaults"  # per-parameter defaults of a rewritten def
TYPEVAR_ATTR = "portalis_typevar"  # `T = TypeVar("T")`: no run-time effect here
OPTIONAL_ATTR = "portalis_optional"  # a synthesised method left out unless called


def _flatten_params(fn: ast.FunctionDef) -> tuple[int, str | None, list[str], str | None]:
    """Rewrite ``fn``'s parameters into plain ones; (positional count, *name, kw-only, **name).

    `def f(a, b=1, *args, key=None, **kw)` becomes `def f(a, b=1, args=(), key=None, kw={})`
    with every call passing `args` as a tuple and `kw` as a dict (see `_Calls`).
    """
    a = fn.args
    positional = [*a.posonlyargs, *a.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(a.defaults))
    defaults += a.defaults
    params = list(positional)
    star = a.vararg.arg if a.vararg else None
    if a.vararg:
        params.append(ast.arg(arg=a.vararg.arg, annotation=None))
        defaults.append(ast.Tuple(elts=[], ctx=ast.Load()))
    params += a.kwonlyargs
    defaults += a.kw_defaults
    kwname = a.kwarg.arg if a.kwarg else None
    if a.kwarg:
        params.append(ast.arg(arg=a.kwarg.arg, annotation=None))
        defaults.append(ast.Dict(keys=[], values=[]))
    fn.args = ast.arguments(
        posonlyargs=[],
        args=params,
        vararg=None,
        kwonlyargs=[],
        kw_defaults=[],
        kwarg=None,
        defaults=[],
    )
    setattr(fn, DEFAULTS_ATTR, defaults)
    return len(positional), star, [k.arg for k in a.kwonlyargs], kwname


class _Calls(ast.NodeTransformer):
    """Pack the extra arguments of calls to rewritten functions into their tuple and dict."""

    def __init__(self, by_name: dict, by_attr: dict) -> None:
        self.by_name = by_name  # function or class name -> shape
        self.by_attr = by_attr  # unique method name -> shape

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        f = node.func
        shape = (
            self.by_name.get(f.id)
            if isinstance(f, ast.Name)
            else self.by_attr.get(f.attr)
            if isinstance(f, ast.Attribute)
            else None
        )
        if shape is None:
            return node
        n_pos, star, kwonly, kwname, names, skip_self = shape
        n_pos -= skip_self
        names = names[skip_self:]
        star_at = next((i for i, x in enumerate(node.args) if isinstance(x, ast.Starred)), None)
        if (
            star is not None
            and star_at is not None
            and star_at == len(node.args) - 1
            and star_at < n_pos
            and isinstance(node.args[star_at].value, ast.Name)  # type: ignore[attr-defined]
        ):
            # f(*xs) where f(a, *rest): a = xs[0], rest = xs[1:] (xs read twice: a name)
            xs = node.args[star_at].value  # type: ignore[attr-defined]
            need = n_pos - star_at
            heads = [ast.Subscript(xs, ast.Constant(i), ast.Load()) for i in range(need)]
            tail = ast.Starred(ast.Subscript(xs, ast.Slice(ast.Constant(need), None), ast.Load()))
            node.args = [*node.args[:star_at], *heads, tail]
        if any(isinstance(x, ast.Starred) for x in node.args[:n_pos]):
            return node  # reported by the translator
        pos, extra = node.args[:n_pos], node.args[n_pos:]
        keywords, packed_kw = [], []
        for kw in node.keywords:
            if kw.arg is not None and (kw.arg in names or kw.arg in kwonly):
                keywords.append(kw)
            else:
                packed_kw.append(kw)
        if star is not None:
            if len(extra) == 1 and isinstance(extra[0], ast.Starred):
                value: ast.expr = ast.Call(ast.Name("tuple", ast.Load()), [extra[0].value], [])
            elif any(isinstance(x, ast.Starred) for x in extra):
                return node
            elif not extra:
                value = ast.Tuple(elts=[], ctx=ast.Load())
            else:
                items = ast.List(elts=list(extra), ctx=ast.Load())
                value = ast.Call(ast.Name("tuple", ast.Load()), [items], [])
            keywords.append(ast.keyword(arg=star, value=value))
        elif extra:
            return node  # too many arguments: reported by the translator
        if kwname is not None:
            if len(packed_kw) == 1 and packed_kw[0].arg is None:
                value = packed_kw[0].value
            elif any(k.arg is None for k in packed_kw):
                return node
            else:
                value = ast.Dict(
                    keys=[ast.Constant(k.arg) for k in packed_kw],
                    values=[k.value for k in packed_kw],
                )
            keywords.append(ast.keyword(arg=kwname, value=value))
        elif packed_kw:
            return node
        new = ast.Call(func=node.func, args=list(pos), keywords=keywords)
        return ast.fix_missing_locations(ast.copy_location(new, node))


def _special(fn: ast.FunctionDef) -> bool:
    a = fn.args
    return bool(a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs)


def lower_varargs(tree: ast.Module) -> None:
    """`*args`, `**kwargs` and keyword-only parameters of module functions and methods."""
    by_name: dict[str, tuple] = {}
    by_attr: dict[str, tuple] = {}
    method_names: dict[str, int] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.ClassDef):
            for m in stmt.body:
                if isinstance(m, ast.FunctionDef):
                    method_names[m.name] = method_names.get(m.name, 0) + 1
    for stmt in tree.body:
        if isinstance(stmt, ast.FunctionDef) and _special(stmt):
            names = [a.arg for a in [*stmt.args.posonlyargs, *stmt.args.args]]
            shape = _flatten_params(stmt)
            by_name[stmt.name] = (*shape, names, 0)
        elif isinstance(stmt, ast.ClassDef):
            for m in stmt.body:
                if not isinstance(m, ast.FunctionDef) or not _special(m):
                    continue
                names = [a.arg for a in [*m.args.posonlyargs, *m.args.args]]
                static = any(getattr(d, "id", None) == "staticmethod" for d in m.decorator_list)
                skip = 0 if static else 1
                if m.name == "__init__":
                    by_name[stmt.name] = (*_flatten_params(m), names, skip)
                elif method_names[m.name] == 1 and m.name not in by_name:
                    by_attr[m.name] = (*_flatten_params(m), names, skip)
    if by_name or by_attr:
        _Calls(by_name, by_attr).visit(tree)


# ---------------------------------------------------------------------- class introspection
_IMPLICIT_BASES = {"ABC": ["ABC"], "Exception": ["Exception", "BaseException"]}


def _mro(name: str, bases: dict[str, list[str]]) -> list[str] | None:
    """C3 linearisation of a module class's names, `object` last (None if unknown)."""

    def lin(n: str) -> list[str] | None:
        if n == "object":
            return ["object"]
        if n not in bases:
            return [*_IMPLICIT_BASES[n], "object"] if n in _IMPLICIT_BASES else None
        seqs = [lin(b) for b in bases[n]] if bases[n] else [["object"]]
        if any(q is None for q in seqs):
            return None
        seqs = [list(q) for q in seqs] + [list(bases[n])]  # type: ignore[arg-type]
        out = [n]
        while any(seqs):
            seqs = [q for q in seqs if q]
            head = next((q[0] for q in seqs if not any(q[0] in r[1:] for r in seqs)), None)
            if head is None:
                return None
            out.append(head)
            seqs = [q[1:] if q[0] == head else q for q in seqs]
        return out

    return lin(name)


class _Introspect(ast.NodeTransformer):
    """`issubclass(A, B)` and `[c.__name__ for c in A.__mro__]` of module classes: known
    when the class statements are, so written out as constants."""

    def __init__(self, bases: dict[str, list[str]]) -> None:
        self.bases = bases

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        f = node.func
        if (
            isinstance(f, ast.Name)
            and f.id == "issubclass"
            and len(node.args) == 2
            and isinstance(node.args[0], ast.Name)
        ):
            mro = _mro(node.args[0].id, self.bases)
            wanted = node.args[1].elts if isinstance(node.args[1], ast.Tuple) else [node.args[1]]
            if mro is not None and all(isinstance(w, ast.Name) for w in wanted):
                hit = any(w.id in mro for w in wanted)  # type: ignore[attr-defined]
                return ast.copy_location(ast.Constant(hit), node)
        return node

    def _names_of(self, node: ast.expr) -> ast.expr | None:
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "__mro__"
            and isinstance(node.value, ast.Name)
        ):
            mro = _mro(node.value.id, self.bases)
            if mro is not None:
                return ast.Tuple([ast.Constant(n) for n in mro], ast.Load())
        return None

    def _comp(self, node: ast.AST) -> ast.AST:
        self.generic_visit(node)
        for gen in node.generators:  # type: ignore[attr-defined]
            names = self._names_of(gen.iter)
            if names is None or not isinstance(gen.target, ast.Name):
                continue
            var = gen.target.id
            uses = [n for n in ast.walk(node) if isinstance(n, ast.Name) and n.id == var]
            attrs = [
                n
                for n in ast.walk(node)
                if isinstance(n, ast.Attribute)
                and n.attr == "__name__"
                and isinstance(n.value, ast.Name)
                and n.value.id == var
            ]
            if len(uses) != len(attrs) + 1:
                continue  # the class itself is used: not just its name
            gen.iter = ast.copy_location(names, gen.iter)
            _ReplaceAttrs({id(a) for a in attrs}).visit(node)
        return ast.fix_missing_locations(node)

    visit_ListComp = visit_SetComp = visit_GeneratorExp = _comp


class _ReplaceAttrs(ast.NodeTransformer):
    def __init__(self, ids: set[int]) -> None:
        self.ids = ids

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if id(node) in self.ids:
            return node.value
        self.generic_visit(node)
        return node


def lower_introspection(tree: ast.Module) -> None:
    bases = {
        s.name: [b.id for b in s.bases if isinstance(b, ast.Name)]
        for s in tree.body
        if isinstance(s, ast.ClassDef)
    }
    if bases:
        _Introspect(bases).visit(tree)

"""User-written function decorators on top-level functions and methods, applied before
translation.

A decorator whose shape is static is expanded at each use into plain functions:

    def count_calls(func):               @count_calls
        @functools.wraps(func)           def square(x):
        def wrapper(*args, **kwargs):        return x * x
            wrapper.calls += 1
            return func(*args, **kwargs)
        wrapper.calls = 0
        return wrapper

becomes `square__impl(x)` (the original body), `square(x)` (the wrapper's body, with
`func(*args, **kwargs)` a direct call of `square__impl(x)`), and a module global
`square__calls` for the function attribute (`square.calls` reads it). Decorator factories
(`@repeat(3)`) bind their arguments to module globals once, as Python evaluates them once;
a decorator's own locals (`calls = 0` with `nonlocal calls`) become module globals too.
Stacked decorators apply innermost first. On a method, `func(*args, **kwargs)` becomes
`self.method__impl(x)` and the decorator's state is named after the class. `args` as a
value is the tuple of the
parameters, which is what Python passes only when every call gives every argument by
position: other call shapes leave the function decorated (and reported).
"""

from __future__ import annotations

import ast
import copy

_WRAPS = ("wraps",)


def _is_wraps(dec: ast.expr, func: str) -> bool:
    """`@functools.wraps(func)` / `@wraps(func)`."""
    if not isinstance(dec, ast.Call) or len(dec.args) != 1:
        return False
    target = dec.func
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
    arg = dec.args[0]
    return name in _WRAPS and isinstance(arg, ast.Name) and arg.id == func


class _Decorator:
    """A decorator definition `def deco(func): ... def wrapper(...): ... return wrapper`,
    possibly inside a factory `def factory(params): ... return deco`."""

    def __init__(self, fn: ast.FunctionDef, factory: ast.FunctionDef | None) -> None:
        self.fn = fn
        self.factory = factory
        self.func = fn.args.args[0].arg
        self.wrapper = next(s for s in fn.body if isinstance(s, ast.FunctionDef))
        self.wraps = any(_is_wraps(d, self.func) for d in self.wrapper.decorator_list)
        # statements of the decorator other than the wrapper def and `return wrapper`
        self.setup = [s for s in fn.body if s is not self.wrapper and not isinstance(s, ast.Return)]
        self.varargs = bool(self.wrapper.args.vararg or self.wrapper.args.kwarg)


def _plain_args(args: ast.arguments, count: int | None = None) -> bool:
    return (
        not args.posonlyargs
        and not args.kwonlyargs
        and args.vararg is None
        and args.kwarg is None
        and (count is None or len(args.args) == count)
    )


def _as_decorator(fn: ast.FunctionDef, factory: ast.FunctionDef | None) -> _Decorator | None:
    """The decorator ``fn`` defines, if its shape is one this module expands."""
    if fn.decorator_list or not _plain_args(fn.args, 1):
        return None
    body = [s for s in fn.body if not _is_docstring(s)]
    defs = [s for s in body if isinstance(s, ast.FunctionDef)]
    if len(defs) != 1 or not body or not isinstance(body[-1], ast.Return):
        return None
    wrapper = defs[0]
    ret = body[-1].value
    if not (isinstance(ret, ast.Name) and ret.id == wrapper.name):
        return None
    func = fn.args.args[0].arg
    if any(not _is_wraps(d, func) for d in wrapper.decorator_list):
        return None
    for stmt in body[:-1]:
        if stmt is wrapper:
            continue
        if not isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            return None
    a = wrapper.args
    if a.posonlyargs or a.kwonlyargs or a.defaults or a.kw_defaults:
        return None
    return _Decorator(fn, factory)


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)


def _find_decorators(tree: ast.Module) -> dict[str, _Decorator]:
    found: dict[str, _Decorator] = {}
    for stmt in tree.body:
        if not isinstance(stmt, ast.FunctionDef):
            continue
        body = [s for s in stmt.body if not _is_docstring(s)]
        if (  # a factory: `def repeat(n): def decorator(func): ...; return decorator`
            not stmt.decorator_list
            and _plain_args(stmt.args)
            and len(body) == 2
            and isinstance(body[0], ast.FunctionDef)
            and isinstance(body[1], ast.Return)
            and isinstance(body[1].value, ast.Name)
            and body[1].value.id == body[0].name
        ):
            inner = _as_decorator(body[0], stmt)
            if inner is not None:
                found[stmt.name] = inner
                continue
        plain = _as_decorator(stmt, None)
        if plain is not None:
            found[stmt.name] = plain
    return found


class _Rename(ast.NodeTransformer):
    """Substitutions inside a copied wrapper body."""

    def __init__(
        self,
        deco: _Decorator,
        inner: str,
        inner_display: str,
        params: list[str],
        globals_map: dict[str, str],
        inline: dict[str, ast.expr] | None = None,
        method: bool = False,
        kwonly: list[str] | None = None,
    ) -> None:
        self.kwonly = kwonly or []  # keyword-only parameters: passed on by keyword
        self.method = method  # the inner function is a method: `self.inner(rest)`
        self.deco = deco
        self.inner = inner
        self.inner_display = inner_display
        self.params = params
        self.globals_map = globals_map  # decorator locals, factory params, wrapper attrs
        self.inline = inline or {}  # factory params bound to constants and names
        self.wrapper = deco.wrapper.name
        self.vararg = deco.wrapper.args.vararg.arg if deco.wrapper.args.vararg else None
        self.kwarg = deco.wrapper.args.kwarg.arg if deco.wrapper.args.kwarg else None
        self.uses_args = False

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if (
            isinstance(node.func, ast.Name)
            and node.func.id == self.deco.func
            and self.vararg is not None
            and [type(a) for a in node.args] == [ast.Starred]
            and isinstance(node.args[0].value, ast.Name)  # type: ignore[attr-defined]
            and node.args[0].value.id == self.vararg  # type: ignore[attr-defined]
            and all(
                k.arg is None and getattr(k.value, "id", None) == self.kwarg for k in node.keywords
            )
        ):
            names = [ast.Name(p, ast.Load()) for p in self.params]
            keywords = [ast.keyword(k, ast.Name(k, ast.Load())) for k in self.kwonly]
            if self.method and names:
                target = ast.Attribute(names[0], self.inner, ast.Load())
                call = ast.Call(target, names[1:], keywords)
            else:
                call = ast.Call(ast.Name(self.inner, ast.Load()), names, keywords)
            return ast.copy_location(call, node)
        self.generic_visit(node)
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if isinstance(node.value, ast.Name):
            if node.value.id == self.deco.func and node.attr == "__name__":
                return ast.copy_location(ast.Constant(self.inner_display), node)
            if node.value.id == self.wrapper:
                key = f"{self.wrapper}.{node.attr}"
                if key in self.globals_map:
                    return ast.copy_location(ast.Name(self.globals_map[key], node.ctx), node)
        self.generic_visit(node)
        return node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id == self.deco.func:
            return ast.copy_location(ast.Name(self.inner, node.ctx), node)
        if node.id in self.inline and isinstance(node.ctx, ast.Load):
            return ast.copy_location(copy.deepcopy(self.inline[node.id]), node)
        if node.id in self.globals_map:
            return ast.copy_location(ast.Name(self.globals_map[node.id], node.ctx), node)
        if node.id == self.vararg:
            self.uses_args = True
            elts = [ast.Name(p, ast.Load()) for p in self.params]
            return ast.copy_location(ast.Tuple(elts, ast.Load()), node)
        if node.id == self.kwarg:
            self.uses_args = True
            keys = [ast.Constant(k) for k in self.kwonly]
            values = [ast.Name(k, ast.Load()) for k in self.kwonly]
            return ast.copy_location(ast.Dict(keys, values), node)
        return node

    def visit_Nonlocal(self, node: ast.Nonlocal) -> ast.AST:
        names = [self.globals_map.get(n, n) for n in node.names]
        return ast.copy_location(ast.Global(names), node)


def _assigned_names(stmts: list[ast.stmt]) -> list[str]:
    out = []
    for stmt in stmts:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]  # type: ignore[attr-defined]
        for t in targets:
            if isinstance(t, ast.Name) and t.id not in out:
                out.append(t.id)
    return out


def _calls_are_positional(tree: ast.Module, name: str, arity: int, method: bool = False) -> bool:
    """Whether every call of ``name`` passes its ``arity`` arguments by position (a
    method's calls, `obj.name(...)`, pass one fewer)."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if method and isinstance(f, ast.Attribute) and f.attr == name:
            want = arity - 1
        elif isinstance(f, ast.Name) and f.id == name:
            want = arity
        else:
            continue
        if node.keywords or len(node.args) != want:
            return False
        if any(isinstance(a, ast.Starred) for a in node.args):
            return False
    return True


def _expand(
    tree: ast.Module, fn: ast.FunctionDef, decos: dict[str, _Decorator], owner: str = ""
) -> tuple[list[ast.stmt], str, set[str]] | None:
    """The statements replacing decorated ``fn``, its `__name__` after decoration and the
    function attributes the outermost decorator gives it, or None to leave it as written.
    For a method of class ``owner`` the defs stay in the class and the rest (the
    decorator's state) goes to the module, named after the class."""
    uses: list[tuple[_Decorator, list[ast.expr]]] = []
    for dec in fn.decorator_list:
        name = dec.func if isinstance(dec, ast.Call) else dec
        if not isinstance(name, ast.Name) or name.id not in decos:
            return None
        deco = decos[name.id]
        if (deco.factory is None) == isinstance(dec, ast.Call):
            return None
        if isinstance(dec, ast.Call):
            factory = deco.factory
            assert factory is not None
            if dec.keywords and not all(k.arg for k in dec.keywords):
                return None
            bound = list(dec.args)
            params = [a.arg for a in factory.args.args]
            if len(bound) > len(params):
                return None
            defaults = dict(
                zip(params[len(params) - len(factory.args.defaults) :], factory.args.defaults)
            )
            kws = {k.arg: k.value for k in dec.keywords}
            args = []
            for i, p in enumerate(params):
                value = bound[i] if i < len(bound) else kws.get(p, defaults.get(p))
                if value is None:
                    return None
                args.append(value)
            uses.append((deco, args))
        else:
            uses.append((deco, []))
    kwonly = [a.arg for a in fn.args.kwonlyargs]
    plain = copy.copy(fn.args)
    plain.kwonlyargs, plain.kw_defaults = [], []
    if not _plain_args(plain) or (owner and not fn.args.args):
        return None
    if kwonly and not all(d.varargs for d, _ in uses):
        return None  # a wrapper with its own parameters could not pass them on
    params = [a.arg for a in fn.args.args]
    prefix = f"{owner}__" if owner else ""
    out: list[ast.stmt] = []
    original = copy.copy(fn)
    original.decorator_list = []
    original.name = f"{fn.name}__impl"
    out.append(original)
    inner, display = original.name, fn.name
    for depth, (deco, factory_args) in enumerate(reversed(uses)):
        last = depth == len(uses) - 1
        stage = fn.name if last else f"{fn.name}__d{depth + 1}"
        state = f"{prefix}{stage}"  # where the decorator's state lives in the module
        globals_map: dict[str, str] = {}
        setup: list[ast.stmt] = []
        inline: dict[str, ast.expr] = {}
        if deco.factory is not None:
            for p, value in zip([a.arg for a in deco.factory.args.args], factory_args):
                if _pure(value) and not _rebound(deco.fn, p):
                    inline[p] = value  # `except exceptions`, `range(times)`: as written
                    continue
                globals_map[p] = f"{state}__{p}"
                setup.append(ast.Assign([ast.Name(globals_map[p], ast.Store())], value))
        for local in _assigned_names([s for s in deco.setup if not _is_attr_store(s, deco)]):
            globals_map[local] = f"{state}__{local}"
        # function attributes: `wrapper.calls` is the global `<stage>__calls`
        initialised = _wrapper_attrs(deco.setup, deco)
        if owner and initialised:
            return None  # `obj.method.calls`: attributes of bound methods are not modelled
        for attr in initialised | _wrapper_attrs([deco.wrapper], deco):
            globals_map[f"{deco.wrapper.name}.{attr}"] = f"{state}__{attr}"
        wrapper_params = params if deco.varargs else [a.arg for a in deco.wrapper.args.args]
        if owner and not deco.varargs:
            return None  # the wrapper's own parameters would have to start with `self`
        renamer = _Rename(
            deco, inner, display, wrapper_params, globals_map, inline, bool(owner), kwonly
        )
        body = [renamer.visit(copy.deepcopy(s)) for s in deco.wrapper.body]
        if renamer.uses_args and not _calls_are_positional(tree, fn.name, len(params), bool(owner)):
            return None
        stored = {
            n.id
            for s in body
            for n in ast.walk(s)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
        }
        assigned = stored & set(globals_map.values())
        if assigned:
            body.insert(0, ast.Global(sorted(assigned)))
        args = copy.deepcopy(fn.args) if deco.varargs else copy.deepcopy(deco.wrapper.args)
        wrapper = ast.FunctionDef(stage, args, body, [], None, None)
        wrapper.type_params = []  # type: ignore[attr-defined]
        setup += [renamer.visit(copy.deepcopy(s)) for s in deco.setup]
        out.extend(setup)
        out.append(ast.copy_location(wrapper, fn))
        inner = stage
        display = display if deco.wraps else deco.wrapper.name
    for node in out:
        ast.copy_location(node, fn)
    return [ast.fix_missing_locations(s) for s in out], display, initialised


def _wrapper_attrs(stmts: list[ast.stmt], deco: _Decorator) -> set[str]:
    """The attributes of the wrapper function that ``stmts`` name (`wrapper.calls`)."""
    return {
        node.attr
        for stmt in stmts
        for node in ast.walk(stmt)
        if isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == deco.wrapper.name
    }


def _pure(node: ast.expr) -> bool:
    """A constant, a name, or a tuple of them: the same value wherever it is evaluated."""
    if isinstance(node, (ast.Constant, ast.Name)):
        return True
    if isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant):
        return True
    return isinstance(node, ast.Tuple) and all(_pure(e) for e in node.elts)


def _rebound(fn: ast.FunctionDef, name: str) -> bool:
    return any(
        isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)
        for n in ast.walk(fn)
    ) or any(isinstance(n, ast.Nonlocal) and name in n.names for n in ast.walk(fn))


def _is_attr_store(stmt: ast.stmt, deco: _Decorator) -> bool:
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [getattr(stmt, "target", None)]
    return any(
        isinstance(t, ast.Attribute) and getattr(t.value, "id", None) == deco.wrapper.name
        for t in targets
    )


class _FunctionAttrs(ast.NodeTransformer):
    """`square.calls` -> `square__calls`; `square.__name__` -> its name after decoration."""

    def __init__(self, attrs: dict[str, set[str]], names: dict[str, str]) -> None:
        self.attrs = attrs
        self.names = names

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.value, ast.Name):
            fn = node.value.id
            if node.attr in self.attrs.get(fn, set()):
                return ast.copy_location(ast.Name(f"{fn}__{node.attr}", node.ctx), node)
            if node.attr == "__name__" and fn in self.names:
                return ast.copy_location(ast.Constant(self.names[fn]), node)
        return node


def _expand_methods(
    tree: ast.Module, cls: ast.ClassDef, decos: dict[str, _Decorator]
) -> list[ast.stmt]:
    """Expand user decorators on the methods of ``cls`` in place; return the module-level
    statements (decorator state) that must run before the class."""
    module_level: list[ast.stmt] = []
    members: list[ast.stmt] = []
    for stmt in cls.body:
        result = None
        if isinstance(stmt, ast.FunctionDef) and stmt.decorator_list:
            result = _expand(tree, stmt, decos, cls.name)
        if result is None:
            members.append(stmt)
            continue
        for s in result[0]:
            (members if isinstance(s, ast.FunctionDef) else module_level).append(s)
    cls.body = members
    return module_level


def lower_decorators(tree: ast.Module) -> None:
    """Expand user decorators on top-level functions (see the module docstring)."""
    decos = _find_decorators(tree)
    if not decos:
        return
    body: list[ast.stmt] = []
    attrs: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.FunctionDef) and stmt.decorator_list and stmt.name not in decos:
            result = _expand(tree, stmt, decos)
            if result is not None:
                expanded, names[stmt.name], attrs[stmt.name] = result
                body.extend(expanded)
                continue
        if isinstance(stmt, ast.ClassDef):
            body.extend(_expand_methods(tree, stmt, decos))
        body.append(stmt)
    used = {
        n.id
        for stmt in body
        if not (isinstance(stmt, ast.FunctionDef) and stmt.name in decos)
        for n in ast.walk(stmt)
        if isinstance(n, ast.Name)
    }
    # A decorator every use of which was expanded is no longer needed.
    tree.body = [
        s
        for s in body
        if not (isinstance(s, ast.FunctionDef) and s.name in decos and s.name not in used)
    ]
    if attrs:
        _FunctionAttrs(attrs, names).visit(tree)

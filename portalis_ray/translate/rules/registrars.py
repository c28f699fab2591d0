"""Decorators that register a function and return it unchanged, applied before translation.

    def route(path):                    @route("/users")
        def decorator(func):            def users(request):
            ROUTES[path] = func             ...
            return func
        return decorator

becomes `def users(request): ...` followed by `ROUTES["/users"] = users`: the
decorator's statements run once, after the definition, with its parameters bound to
the decorator call's arguments (evaluated before the definition, as in Python). This
works for decorators defined at module level and for ones defined inside a function
(`@command("look")` on a nested handler), on top-level and nested functions alike.
"""

from __future__ import annotations

import ast
import copy
import itertools
from dataclasses import dataclass

from portalis_ray.translate.rules.walk import statements

_TMP = itertools.count()
_FORBIDDEN = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.Lambda,
    ast.ClassDef,
    ast.Return,
    ast.Yield,
    ast.YieldFrom,
    ast.Global,
    ast.Nonlocal,
)


@dataclass
class _Registrar:
    func: str  # the decorated function's parameter name in the decorator
    body: list[ast.stmt]  # what the decorator does besides `return func`
    factory: ast.FunctionDef | None  # `def route(path): def decorator(func): ...`
    setup: list[ast.stmt] | None = None  # what the factory computes before its decorator


def _docless(body: list[ast.stmt]) -> list[ast.stmt]:
    return [s for s in body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]


def _as_registrar(fn: ast.FunctionDef, factory: ast.FunctionDef | None) -> _Registrar | None:
    a = fn.args
    if fn.decorator_list or a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs:
        return None
    if len(a.args) != 1 or a.defaults:
        return None
    func = a.args[0].arg
    body = _docless(fn.body)
    last = body[-1] if body else None
    if not (
        isinstance(last, ast.Return) and isinstance(last.value, ast.Name) and last.value.id == func
    ):
        return None
    work = body[:-1]
    if not work or any(isinstance(n, _FORBIDDEN) for s in work for n in ast.walk(s)):
        return None
    if func in {n.id for n in _stores(work)}:
        return None
    return _Registrar(func, work, factory)


def find_registrars(body: list[ast.stmt]) -> dict[str, _Registrar]:
    """The registering decorators defined by the statements ``body``."""
    found: dict[str, _Registrar] = {}
    for stmt in body:
        if not isinstance(stmt, ast.FunctionDef) or stmt.decorator_list:
            continue
        inner = _docless(stmt.body)
        setup = inner[:-2]
        if (
            len(inner) >= 2
            and isinstance(inner[-2], ast.FunctionDef)
            and isinstance(inner[-1], ast.Return)
            and isinstance(inner[-1].value, ast.Name)
            and inner[-1].value.id == inner[-2].name
            and not stmt.args.kwarg
            and not stmt.args.kwonlyargs
            and not any(isinstance(n, _FORBIDDEN) for s in setup for n in ast.walk(s))
        ):
            made = _as_registrar(inner[-2], stmt)
            if made is not None:
                made.setup = setup
        else:
            made = _as_registrar(stmt, None)
        if made is not None:
            found[stmt.name] = made
    return found


def _pure(node: ast.expr) -> bool:
    if isinstance(node, (ast.Constant, ast.Name)):
        return True
    if isinstance(node, (ast.Tuple, ast.List)):
        return all(_pure(e) for e in node.elts)
    return isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant)


class _Substitute(ast.NodeTransformer):
    def __init__(self, names: dict[str, ast.expr]) -> None:
        self.names = names

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.names:
            new = copy.deepcopy(self.names[node.id])
            if isinstance(new, ast.Name):
                new.ctx = node.ctx
            return ast.copy_location(new, node)
        return node


def _bindings(reg: _Registrar, dec: ast.expr) -> tuple[list[ast.stmt], dict[str, ast.expr]] | None:
    """The statements evaluating the decorator call's arguments and what each parameter of
    the factory stands for."""
    if reg.factory is None:
        return ([], {}) if isinstance(dec, ast.Name) else None
    if not isinstance(dec, ast.Call) or any(isinstance(a, ast.Starred) for a in dec.args):
        return None
    a = reg.factory.args
    params = [p.arg for p in a.args]
    defaults = dict(zip(params[len(params) - len(a.defaults) :], a.defaults))
    kws = {k.arg: k.value for k in dec.keywords}
    if None in kws or set(kws) - set(params) or (len(dec.args) > len(params) and not a.vararg):
        return None
    values: dict[str, ast.expr] = {}
    for i, p in enumerate(params):
        value = dec.args[i] if i < len(dec.args) else kws.get(p, defaults.get(p))
        if value is None:
            return None
        values[p] = value
    if a.vararg:
        values[a.vararg.arg] = ast.Tuple(list(dec.args[len(params) :]), ast.Load())
    setup: list[ast.stmt] = []
    names: dict[str, ast.expr] = {}
    for p, value in values.items():
        if _pure(value):
            names[p] = value
        else:  # evaluated once, before the definition
            tmp = f"__reg{next(_TMP)}_{p}"
            setup.append(ast.Assign([ast.Name(tmp, ast.Store())], value))
            names[p] = ast.Name(tmp, ast.Load())
    return setup, names


def _stores(stmts: list[ast.stmt]) -> list[ast.Name]:
    """The Name nodes ``stmts`` bind (comprehension variables included)."""
    out = []
    for s in stmts:
        for n in ast.walk(s):
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                out.append(n)
    return out


def _expand(fn: ast.FunctionDef, regs: dict[str, _Registrar]) -> list[ast.stmt] | None:
    before: list[ast.stmt] = []
    after: list[ast.stmt] = []
    for dec in reversed(fn.decorator_list):  # the innermost decorator runs first
        name = dec.func if isinstance(dec, ast.Call) else dec
        if not isinstance(name, ast.Name) or name.id not in regs:
            return None
        reg = regs[name.id]
        bound = _bindings(reg, dec)
        if bound is None:
            return None
        setup, names = bound
        names[reg.func] = ast.Name(fn.name, ast.Load())
        computed = reg.setup or []
        local = {n.id for n in _stores([*computed, *reg.body])}
        for v in local - set(names):  # the decorator's own locals: fresh names
            names[v] = ast.Name(f"__reg{next(_TMP)}_{v}", ast.Load())
        prepared = [_Substitute(names).visit(copy.deepcopy(s)) for s in computed]
        before = setup + prepared + before
        after += [_Substitute(names).visit(copy.deepcopy(s)) for s in reg.body]
    plain = copy.copy(fn)
    plain.decorator_list = []
    out = [*before, plain, *after]
    for stmt in out:
        ast.copy_location(stmt, fn)
    return [ast.fix_missing_locations(s) for s in out]


def _lower_block(body: list[ast.stmt], outer: dict[str, _Registrar]) -> list[ast.stmt]:
    regs = {**outer, **find_registrars(body)}
    out: list[ast.stmt] = []
    for stmt in body:
        if isinstance(stmt, ast.FunctionDef):
            stmt.body = _lower_block(stmt.body, regs)
            if stmt.decorator_list and regs:
                expanded = _expand(stmt, regs)
                if expanded is not None:
                    out.extend(expanded)
                    continue
        out.append(stmt)
    return out


def _drop_unused(body: list[ast.stmt], used: set[str]) -> list[ast.stmt]:
    """Registrars no longer named anywhere are left out (every use was expanded)."""
    regs = find_registrars(body)
    out = []
    for stmt in body:
        if isinstance(stmt, ast.FunctionDef):
            if stmt.name in regs and stmt.name not in used:
                continue
            stmt.body = _drop_unused(stmt.body, used)
        out.append(stmt)
    return out


def _decorated(tree: ast.Module) -> set[int]:
    """The ids of the decorated functions in ``tree``."""
    return {id(n) for n in statements(tree) if isinstance(n, ast.FunctionDef) and n.decorator_list}


def lower_registrars(tree: ast.Module) -> None:
    """Expand registering decorators everywhere (see the module docstring)."""
    before = _decorated(tree)
    if not before:
        return
    tree.body = _lower_block(tree.body, {})
    after = _decorated(tree)
    if before == after:
        return
    used = {
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    } | {
        getattr(d.func if isinstance(d, ast.Call) else d, "id", "")
        for n in ast.walk(tree)
        if isinstance(n, ast.FunctionDef)
        for d in n.decorator_list
    }
    tree.body = _drop_unused(tree.body, used)

"""Functions as values: lambdas, nested functions (closures), callbacks.

A Python function value becomes `pyrt::Func<(A, B), R>`, an `Rc<dyn Fn>` that
takes its arguments as a tuple and returns `PyResult<R>`.

- A lambda is a Rust closure; the variables it reads are cloned into it.
- A nested `def` is lifted to a top-level Rust function whose leading
  parameters are the variables it captures; the `def` statement builds the
  `Func` that calls it (so nested functions may recurse).
- Python closures see variables, not values. A captured variable that can
  change after the closure is made (`nonlocal`, rebound, a loop variable)
  lives in a `pyrt::Cell` (`Rc<RefCell<T>>`) shared by the function and its
  closures; one that is bound once before the closure is made is cloned.
- Types flow both ways: a call `f(3)` widens the parameter types of whatever
  `f` holds, and the lambda or function stored there is typed from them.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.types import (
    UNKNOWN,
    CallableT,
    DictT,
    ListT,
    PyType,
    TupleT,
    Unknown,
)
from portalis_ray.translate.rules.values import Unsupported, Val, rust_ident
from portalis_ray.translate.rules.walk import children

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import FuncInfo, Translator

_LOOPS = (ast.For, ast.While, ast.AsyncFor)
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def own_nodes(body: list[ast.stmt]) -> list[ast.AST]:
    """Nodes of a function body, not descending into nested functions, lambdas or classes.

    The nested definitions themselves are included (not their insides)."""
    out: list[ast.AST] = []
    todo: list[ast.AST] = list(reversed(body))
    while todo:
        node = todo.pop()
        out.append(node)
        if isinstance(node, SCOPES):
            continue
        todo.extend(reversed(children(node)))
    return out


def lambda_free_names(node: ast.Lambda) -> set[str]:
    """Names a lambda reads from its surroundings."""
    bound = {a.arg for sub in ast.walk(node) if isinstance(sub, ast.Lambda) for a in sub.args.args}
    for sub in ast.walk(node):
        if isinstance(sub, ast.comprehension):
            bound |= {t.id for t in ast.walk(sub.target) if isinstance(t, ast.Name)}
    return {
        n.id
        for n in ast.walk(node.body)
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id not in bound
    }


def _stores(body: list[ast.stmt]) -> dict[str, list[tuple[int, bool]]]:
    """Each name stored by a body (own scope only): (line, inside a loop) per store."""
    out: dict[str, list[tuple[int, bool]]] = {}

    def visit(node: ast.AST, in_loop: bool) -> None:
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            out.setdefault(node.id, []).append((node.lineno, in_loop))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.setdefault(node.name, []).append((node.lineno, in_loop))
            return
        if isinstance(node, ast.Lambda):
            return
        if isinstance(node, (*_LOOPS, ast.comprehension)):
            in_loop = True
        for child in children(node):
            visit(child, in_loop)

    for stmt in body:
        visit(stmt, False)
    return out


def has_callable(t: PyType) -> bool:
    """Whether a function value is part of ``t`` (its parameter types flow back)."""
    if isinstance(t, CallableT):
        return True
    if isinstance(t, TupleT):
        return any(has_callable(i) for i in t.items)
    return isinstance(t, (ListT, DictT)) and has_callable(t.elem if isinstance(t, ListT) else t.val)


class ClosureMixin:
    """Lambdas, nested functions, function values and calls through them."""

    # ---------------------------------------------------------------- setup
    def own_nodes_of(self: Translator, body: list[ast.stmt]) -> list[ast.AST]:
        """``own_nodes(body)``, once per body (lift_nested and find_cells both read it)."""
        nodes = self.own_cache.get(id(body))
        if nodes is None:
            nodes = self.own_cache[id(body)] = own_nodes(body)
        return nodes

    def lift_nested(self: Translator, outer: FuncInfo) -> None:
        """Register every `def` nested in ``outer`` as a function of its own."""
        if outer.node is None:
            return
        for node in self.own_nodes_of(outer.node.body):
            if not isinstance(node, ast.FunctionDef):
                continue
            key = f"{outer.name}.{node.name}"
            inner = self.new_function(node, key, key, f"{outer.rust_name}__{node.name}")
            scope = inner.scope
            free = (scope.loads | scope.nonlocals) - set(inner.params) - scope.locals
            free -= scope.globals
            visible = outer.scope.locals | set(outer.params)
            captures = sorted(n for n in free if n in visible and n != node.name)
            # Annotated parameter slots move right by the captured ones.
            for i in reversed(range(len(inner.params))):
                t = self.slots.pop(("param", key, i), None)
                if t is not None:
                    self.slots[("param", key, i + len(captures))] = t
            inner.params = captures + inner.params
            inner.defaults = [None] * len(captures) + inner.defaults
            inner.annotated = [False] * len(captures) + inner.annotated
            inner.captures = captures
            inner.parent = outer.name
            inner.kind = "nested"
            self.functions[key] = inner
            self.variants[key] = [key]
            self.nested.append(key)
            self.lift_nested(inner)

    def find_cells(self: Translator, info: FuncInfo, body: list[ast.stmt]) -> None:
        """Which variables of ``info`` closures share with it (see the module docstring)."""
        captured: dict[str, int] = {}  # name -> line of the earliest closure reading it
        nonlocal_names: set[str] = set()
        for key in self.nested:
            child = self.functions[key]
            if child.parent != info.name or child.node is None:
                continue
            nonlocal_names |= child.scope.nonlocals
            for name in child.captures:
                captured[name] = min(captured.get(name, child.node.lineno), child.node.lineno)
        for node in self.own_nodes_of(body):
            if isinstance(node, ast.Lambda):
                for name in lambda_free_names(node):
                    captured[name] = min(captured.get(name, node.lineno), node.lineno)
        visible = info.scope.locals | set(info.params)
        stores = _stores(body) if captured else {}
        for name, line in captured.items():
            if name not in visible or name in info.scope.globals:
                continue
            sites = stores.get(name, [])
            if name in info.cell_args:
                continue
            if (
                name in nonlocal_names
                or len(sites) > 1
                or any(in_loop or at > line for at, in_loop in sites)
                or (name in info.params and sites)
            ):
                info.cells.add(name)

    # ---------------------------------------------------------------- values
    def function_value(self: Translator, name: str, expected: PyType | None) -> Val:
        """A top-level function used as a value: a `Func` calling it."""
        info = self.functions[name]
        n = len(info.params)
        if isinstance(expected, CallableT) and len(expected.params) == n:
            for i, t in enumerate(expected.params):
                if not info.annotated[i] and not isinstance(t, Unknown):
                    self.slot_join(("param", info.sig, i), t, info.node)
        self.mark_called(name)
        params = tuple(self.param_type(name, i) for i in range(n))
        if self.final and any(isinstance(p, Unknown) for p in params):
            raise Unsupported(
                info.node,
                f"the parameter types of '{name}', used as a value, cannot be inferred; "
                "annotate them",
            )
        ret = self.slot_get(("ret", info.sig))
        args = [f"a{i}" for i in range(n)]
        code = f"pyrt::Func::new(|{_pattern(args, params)}| {info.rust_name}({', '.join(args)}))"
        return Val(code, CallableT(params, ret))

    def e_Lambda(self: Translator, node: ast.Lambda, expected: PyType | None) -> Val:
        args = node.args
        if args.vararg or args.kwarg or args.kwonlyargs or args.posonlyargs or args.defaults:
            raise Unsupported(node, "lambda defaults, * and ** parameters are not supported yet")
        names = [a.arg for a in args.args]
        hint = expected if isinstance(expected, CallableT) else None
        params: list[PyType] = []
        for i in range(len(names)):
            key = ("lambda", id(node), i)
            if hint is not None and len(hint.params) == len(names):
                self.slot_join(key, hint.params[i], node)
            params.append(self.slot_get(key))
        prelude = self.capture_prelude(lambda_free_names(node) - set(names), node)
        saved = (self.tries, self.handling, self.loops)
        self.tries, self.handling, self.loops = [], [], []
        self.push_scope(closure=True, func=True)
        try:
            rust = [self.declare_scoped(n, t) for n, t in zip(names, params)]
            body = self.expr(node.body)
        finally:
            self.pop_scope()
            self.tries, self.handling, self.loops = saved
        if self.final and any(isinstance(p, Unknown) for p in params):
            raise Unsupported(node, "the parameter types of this lambda cannot be inferred")
        ret = body.t
        ret_rust = "()" if isinstance(ret, Unknown) else ret.rust()
        code = (
            f"{{ {prelude}pyrt::Func::new(move |{_pattern(rust, tuple(params))}| "
            f"-> PyResult<{ret_rust}> {{ let r = {body.code}; Ok(r) }}) }}"
        )
        return Val(code, CallableT(tuple(params), ret))

    def capture_prelude(
        self: Translator, names: set[str], node: ast.AST, consumed_now: bool = False
    ) -> str:
        """`let x = x.clone();` for each variable a closure takes with it.

        ``consumed_now``: the closure runs before the enclosing comprehension moves on (a
        generator expression), so it may read that comprehension's loop variables."""
        out = []
        for name in sorted(names):
            try:
                kind, key = self.resolve(name)
            except Unsupported:
                continue  # reported where the body reads it
            if kind == "scoped":
                rust, _t = key[0]
                frame = next(f for f in reversed(self.scopes) if name in f["names"])
                if frame.get("func") or consumed_now:
                    out.append(f"let {rust} = {rust}.clone(); ")
                    continue
                raise Unsupported(
                    node,
                    f"this function reads loop variable '{name}' of a comprehension; Python "
                    "reads it when the function is called, not when it is made",
                )
            if kind in ("local", "param", "cell"):
                out.append(f"let {rust_ident(name)} = {rust_ident(name)}.clone(); ")
        return "".join(out)

    def s_FunctionDef(self: Translator, node: ast.FunctionDef) -> None:
        """A nested `def`: bind its name to a `Func` over the lifted function."""
        key = f"{self.current.name.split('#', 1)[0]}.{node.name}"
        inner = self.functions.get(key)
        if inner is None:
            raise Unsupported(node, "functions defined here are not supported yet")
        if node.decorator_list:
            raise Unsupported(node, "decorators on nested functions are not supported yet")
        n = len(inner.captures)
        for i, name in enumerate(inner.captures):
            kind, slot = self.resolve(name)
            if kind in ("local", "param", "cell"):
                # One variable seen from two functions: what either learns, both know.
                self.slot_join(("param", key, i), self.slot_get(slot), node)
                if not (kind == "param" and self.current.annotated[slot[2]]):
                    self.slot_join(slot, self.slot_get(("param", key, i)), node)
        self.mark_called(key)
        kind, slot = self.resolve(node.name)
        want = self.slot_get(slot)
        if isinstance(want, CallableT) and len(want.params) == len(inner.params) - n:
            # How the function is called through its name types its parameters.
            for i, t in enumerate(want.params):
                if not inner.annotated[n + i] and not isinstance(t, Unknown):
                    self.slot_join(("param", key, n + i), t, node)
        own = tuple(self.param_type(key, i) for i in range(n, len(inner.params)))
        if self.final and any(isinstance(p, Unknown) for p in own):
            raise Unsupported(node, f"the parameter types of '{node.name}' cannot be inferred")
        args = [f"a{i}" for i in range(len(own))]
        passed = [f"{rust_ident(c)}.clone()" for c in inner.captures] + args
        prelude = "".join(f"let {c} = {c}.clone(); " for c in map(rust_ident, inner.captures))
        code = (
            f"{{ {prelude}pyrt::Func::new(move |{_pattern(args, own)}| "
            f"{inner.rust_name}({', '.join(passed)})) }}"
        )
        ret = self.slot_get(("ret", key))
        self.assign_name(node.name, Val(code, CallableT(own, ret)), node)

    def calls_user(self: Translator, node: ast.expr) -> bool:
        """Whether ``node`` is a call of a top-level function (`make_adder(1)`)."""
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            return False
        try:
            return self.name_kind(node.func.id) == "function"
        except Unsupported:
            return False

    def capture_args(self: Translator, info: FuncInfo) -> list[str]:
        """A nested function calling itself passes its captured variables on."""
        return [f"{rust_ident(c)}.clone()" for c in info.captures]

    # ---------------------------------------------------------------- calls
    def call_value(self: Translator, fn: Val, node: ast.Call) -> Val:
        """`f(args)` where `f` holds a function value."""
        node = self.spread_tuples(node)
        if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
            raise Unsupported(node, "keyword or * arguments to a function value are not supported")
        t = fn.t
        if isinstance(t, CallableT) and len(t.params) != len(node.args):
            raise Unsupported(
                node,
                f"function takes {len(t.params)} arguments but {len(node.args)} were given",
                "type-error",
            )
        hints = t.params if isinstance(t, CallableT) else (UNKNOWN,) * len(node.args)
        vals = [
            self.expr(a, None if isinstance(h, Unknown) else h) for a, h in zip(node.args, hints)
        ]
        self.refine(node.func, CallableT(tuple(v.t for v in vals), UNKNOWN))
        if not isinstance(t, CallableT):
            return Val("Default::default()", UNKNOWN)
        codes = []
        for v, p, arg in zip(vals, t.params, node.args):
            want = self.join_at(p, v.t, arg)
            codes.append(self.coerce(v, want, arg).code)
        tail = "," if len(codes) == 1 else ""
        call = f"{fn.receiver()}.call(({', '.join(codes)}{tail}))"
        return Val(self.fallible(call), t.ret)


def _pattern(names: list[str], types: tuple[PyType, ...]) -> str:
    """`(a, b,): (A, B,)`: a closure's parameters as one tuple."""
    pats = "".join(f"{n}, " for n in names).rstrip(" ")
    tys = "".join(f"{'i64' if isinstance(t, Unknown) else t.rust()}, " for t in types).rstrip(" ")
    return f"({pats}): ({tys})"


_ = rust_ident

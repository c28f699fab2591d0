"""Generators, lowered to iterator classes before translation.

A generator function `def f(a): ... yield x ...` becomes

    class _Gen_f:                      # what calling f returns
        def __init__(_g, a): _g.a = a; _g._state = 0
        def __next__(_g):              # the next value, or None when exhausted
            while True:
                if _g._state == 0: ...; _g._state = 1; return x
                elif _g._state == 1: ...
    def f(a): return _Gen_f(a)

Its local variables become fields of the object, and its body is cut at every
`yield` into the blocks of a state machine, so the generator runs lazily and
interleaves with its consumer exactly as in Python (infinite generators,
`next()`, pipelines). `for` loops around a `yield` keep their iterator in a
field (`range` loops keep a counter). The class machinery then translates the
result like hand-written code.

Not lowered (left for a located diagnostic): `yield` inside try/with, `x =
yield`, `return value`, yielding `None`, loop `else:` around a yield, nested
generator functions.
"""

from __future__ import annotations

import ast
import copy

from portalis_ray.translate.rules.scope import analyze_scope
from portalis_ray.translate.rules.walk import children

GEN_ITER = "__portalis_iter__"
GEN_CLASS_PREFIX = "_Gen_"  # the iterator classes generator functions become
GEN_ITEM_PREFIX = "_nx"  # a lowered loop's next item (None when its iterator is done)
GEN_NEXT = "__portalis_next__"
_NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


class NotLowered(Exception):
    """Why a generator stays as it is (reported where its `yield` is)."""

    def __init__(self, node: ast.AST, message: str) -> None:
        super().__init__(message)
        self.node = node


def _own_walk(node: ast.AST):
    """Nodes under ``node`` outside nested functions, lambdas and classes."""
    todo = children(node)
    while todo:
        sub = todo.pop()
        yield sub
        if not isinstance(sub, _NESTED):
            todo.extend(children(sub))


def is_generator(fn: ast.FunctionDef) -> bool:
    return any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in _own_walk(fn))


def _has_yield(node: ast.AST) -> bool:
    return isinstance(node, (ast.Yield, ast.YieldFrom)) or any(
        isinstance(n, (ast.Yield, ast.YieldFrom)) for n in _own_walk(node)
    )


def _stmt(source: str, at: ast.AST) -> list[ast.stmt]:
    body = ast.parse(source).body
    for stmt in body:
        for n in ast.walk(stmt):
            ast.copy_location(n, at)
    return body


class _Fields(ast.NodeTransformer):
    """Locals become fields of `_g` (names bound by comprehensions and lambdas stay)."""

    def __init__(self, names: set[str]) -> None:
        self.names = names
        self.bound: list[set[str]] = []

    def visit_Name(self, node: ast.Name) -> ast.expr:
        if node.id in self.names and not any(node.id in b for b in self.bound):
            g = ast.copy_location(ast.Name(id="_g", ctx=ast.Load()), node)
            return ast.copy_location(ast.Attribute(value=g, attr=node.id, ctx=node.ctx), node)
        return node

    def _scoped(self, node: ast.AST, bound: set[str]) -> ast.AST:
        self.bound.append(bound)
        try:
            return self.generic_visit(node)
        finally:
            self.bound.pop()

    def visit_Lambda(self, node: ast.Lambda) -> ast.AST:
        return self._scoped(node, {a.arg for a in node.args.args})

    def _comprehension(self, node: ast.AST) -> ast.AST:
        bound = {
            t.id
            for gen in node.generators  # type: ignore[attr-defined]
            for t in ast.walk(gen.target)
            if isinstance(t, ast.Name)
        }
        return self._scoped(node, bound)

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comprehension


class _Lowering:
    """Cut a generator body into the blocks of a state machine."""

    DONE = -1

    def __init__(self, fn: ast.FunctionDef) -> None:
        self.fn = fn
        self.blocks: list[list[ast.stmt]] = [[]]
        self.cur = 0
        self.counter = 0

    def new_block(self) -> int:
        self.blocks.append([])
        return len(self.blocks) - 1

    def emit(self, stmts: list[ast.stmt]) -> None:
        self.blocks[self.cur].extend(stmts)

    def goto(self, target: int, at: ast.AST) -> list[ast.stmt]:
        return _stmt(f"_g._state = {target}\ncontinue", at)

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"_{prefix}{self.counter}"

    def lower(self, stmts: list[ast.stmt], loop: tuple[int, int] | None) -> None:
        for stmt in stmts:
            if not _has_yield(stmt):
                self.emit(self.jumps(stmt, loop))
            elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Yield):
                value = stmt.value.value
                if value is None or (isinstance(value, ast.Constant) and value.value is None):
                    raise NotLowered(stmt, "generators that yield None are not supported yet")
                if _has_yield(value):
                    raise NotLowered(stmt, "nested yield expressions are not supported")
                nxt = self.new_block()
                self.emit(_stmt(f"_g._state = {nxt}", stmt))
                self.emit([ast.copy_location(ast.Return(value=value), stmt)])
                self.cur = nxt
            elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.YieldFrom):
                var = self.fresh("yf")
                target = ast.Attribute(value=ast.Name(id="_g", ctx=ast.Load()), attr=var)
                target.ctx = ast.Store()
                load = ast.Attribute(value=ast.Name(id="_g", ctx=ast.Load()), attr=var)
                load.ctx = ast.Load()
                yielded = ast.Expr(value=ast.Yield(value=load))
                loop_stmt = ast.For(target=target, iter=stmt.value.value, body=[yielded], orelse=[])
                self.lower([ast.fix_missing_locations(ast.copy_location(loop_stmt, stmt))], loop)
            elif isinstance(stmt, ast.If):
                self.lower_if(stmt, loop)
            elif isinstance(stmt, ast.While):
                self.lower_while(stmt, loop)
            elif isinstance(stmt, ast.For):
                self.lower_for(stmt, loop)
            else:
                raise NotLowered(
                    stmt, f"yield inside {type(stmt).__name__.lower()} is not supported yet"
                )

    def lower_if(self, stmt: ast.If, loop: tuple[int, int] | None) -> None:
        if _has_yield(stmt.test):
            raise NotLowered(stmt, "yield in a condition is not supported")
        then_b, join = self.new_block(), self.new_block()
        else_b = self.new_block() if stmt.orelse else join
        test = ast.If(test=stmt.test, body=self.goto(then_b, stmt), orelse=self.goto(else_b, stmt))
        self.emit([ast.copy_location(test, stmt)])
        self.cur = then_b
        self.lower(stmt.body, loop)
        self.emit(self.goto(join, stmt))
        if stmt.orelse:
            self.cur = else_b
            self.lower(stmt.orelse, loop)
            self.emit(self.goto(join, stmt))
        self.cur = join

    def lower_while(self, stmt: ast.While, loop: tuple[int, int] | None) -> None:
        if stmt.orelse or _has_yield(stmt.test):
            raise NotLowered(stmt, "while/else or yield in a loop condition is not supported")
        head, body, after = self.new_block(), self.new_block(), self.new_block()
        self.emit(self.goto(head, stmt))
        self.cur = head
        test = ast.If(test=stmt.test, body=self.goto(body, stmt), orelse=self.goto(after, stmt))
        self.emit([ast.copy_location(test, stmt)])
        self.cur = body
        self.lower(stmt.body, (after, head))
        self.emit(self.goto(head, stmt))
        self.cur = after

    def lower_for(self, stmt: ast.For, loop: tuple[int, int] | None) -> None:
        if stmt.orelse or _has_yield(stmt.iter):
            raise NotLowered(stmt, "for/else or yield in a loop iterable is not supported")
        head, body, after = self.new_block(), self.new_block(), self.new_block()
        it, item = self.fresh("it"), self.fresh(GEN_ITEM_PREFIX[1:])
        gen_iter = ast.Name(id=GEN_ITER, ctx=ast.Load())
        iterate = ast.Call(func=gen_iter, args=[stmt.iter], keywords=[])
        self.emit(
            [
                ast.fix_missing_locations(
                    ast.copy_location(
                        ast.Assign(targets=[_field(it, ast.Store())], value=iterate), stmt
                    )
                )
            ]
        )
        self.emit(self.goto(head, stmt))
        self.cur = head
        self.emit(_stmt(f"{item} = {GEN_NEXT}(_g.{it})", stmt))
        self.emit(_stmt(f"if {item} is None:\n    _g._state = {after}\n    continue", stmt))
        bind = ast.Assign(targets=[stmt.target], value=ast.Name(id=item, ctx=ast.Load()))
        self.emit([ast.fix_missing_locations(ast.copy_location(bind, stmt))])
        self.emit(self.goto(body, stmt))
        self.cur = body
        self.lower(stmt.body, (after, head))
        self.emit(self.goto(head, stmt))
        self.cur = after

    def jumps(self, stmt: ast.stmt, loop: tuple[int, int] | None) -> list[ast.stmt]:
        """`break`/`continue` of a lowered loop and `return` become state changes."""
        if isinstance(stmt, ast.Return):
            if stmt.value is not None and not (
                isinstance(stmt.value, ast.Constant) and stmt.value.value is None
            ):
                raise NotLowered(stmt, "return with a value in a generator is not supported")
            return _stmt(f"_g._state = {self.DONE}\nreturn None", stmt)
        if isinstance(stmt, (ast.Break, ast.Continue)):
            if loop is None:
                return [stmt]
            target = loop[0] if isinstance(stmt, ast.Break) else loop[1]
            return self.goto(target, stmt)
        if isinstance(stmt, _NESTED):
            return [stmt]
        inner_loop = isinstance(stmt, (ast.For, ast.While))
        for name in ("body", "orelse", "finalbody"):
            body = getattr(stmt, name, None)
            if not isinstance(body, list):
                continue
            # break/continue directly in a loop that is not lowered are that loop's own.
            sub = None if inner_loop and name == "body" else loop
            if inner_loop and name == "body":
                setattr(stmt, name, [s for b in body for s in self._returns_only(b)])
            else:
                setattr(stmt, name, [s for b in body for s in self.jumps(b, sub)])
        for handler in getattr(stmt, "handlers", []):
            handler.body = [s for b in handler.body for s in self.jumps(b, loop)]
        return [stmt]

    def _returns_only(self, stmt: ast.stmt) -> list[ast.stmt]:
        """Inside a plain inner loop only `return` changes (its break/continue stay)."""
        return self.jumps(stmt, None) if not isinstance(stmt, (ast.Break, ast.Continue)) else [stmt]

    def dispatcher(self) -> ast.stmt:
        """`while True: if _g._state == 0: ... elif ...: ... else: return None`."""
        self.emit(_stmt(f"_g._state = {self.DONE}\nreturn None", self.fn))
        chain: list[ast.stmt] = _stmt("return None", self.fn)
        for index in reversed(range(len(self.blocks))):
            block = self.blocks[index] or _stmt(f"_g._state = {self.DONE}\nreturn None", self.fn)
            test = _stmt(f"_g._state == {index}", self.fn)[0].value  # type: ignore[attr-defined]
            chain = [ast.copy_location(ast.If(test=test, body=block, orelse=chain), self.fn)]
        loop = ast.While(test=ast.Constant(True), body=chain, orelse=[])
        return ast.fix_missing_locations(ast.copy_location(loop, self.fn))


def _field(name: str, ctx: ast.expr_context) -> ast.Attribute:
    return ast.Attribute(value=ast.Name(id="_g", ctx=ast.Load()), attr=name, ctx=ctx)


def _only_iterated(fn: ast.FunctionDef, params: list[str]) -> set[str]:
    """Parameters read only as the iterable of a `for` loop or `yield from`."""
    loops = {id(n.iter) for n in _own_walk(fn) if isinstance(n, ast.For)} | {
        id(n.value) for n in _own_walk(fn) if isinstance(n, ast.YieldFrom)
    }
    uses: dict[str, list[bool]] = {}
    for n in _own_walk(fn):
        if isinstance(n, ast.Name) and n.id in params:
            uses.setdefault(n.id, []).append(id(n) in loops and isinstance(n.ctx, ast.Load))
    return {p for p, flags in uses.items() if all(flags)}


def _lower_function(fn: ast.FunctionDef, cls_name: str) -> tuple[ast.ClassDef, ast.FunctionDef]:
    args = fn.args
    if args.vararg or args.kwarg or args.kwonlyargs or args.posonlyargs:
        raise NotLowered(fn, "generators with *args/**kwargs are not supported yet")
    if any(isinstance(n, _NESTED) for n in _own_walk(fn) if not isinstance(n, ast.Lambda)):
        raise NotLowered(fn, "functions or classes inside a generator are not supported yet")
    params = [a.arg for a in args.args]
    iterated = _only_iterated(fn, params)
    scope = analyze_scope(fn.body, params)
    names = (scope.locals | set(params)) - scope.globals
    body = [_Fields(names).visit(copy.deepcopy(s)) for s in fn.body]
    lowering = _Lowering(fn)
    lowering.lower(body, None)
    init_src = f"def __init__(_g{''.join(', ' + p for p in params)}):\n"
    init_src += "".join(f"    _g.{p} = {p}\n" for p in params) + "    _g._state = 0\n"
    init = _stmt(init_src, fn)[0]
    for a_new, a_old in zip(init.args.args[1:], args.args):  # type: ignore[attr-defined]
        if a_old.arg not in iterated:  # those arrive as iterators (see `passed` below)
            a_new.annotation = a_old.annotation
    nxt = _stmt("def __next__(_g):\n    pass", fn)[0]
    nxt.body = [lowering.dispatcher()]  # type: ignore[attr-defined]
    cls = ast.ClassDef(name=cls_name, bases=[], keywords=[], body=[init, nxt], decorator_list=[])
    call_args = ", ".join(params)
    # Parameters only looped over travel as iterator objects: one class serves lists,
    # ranges and other generators alike (the wrapper function is duck-typed, the class not).
    passed = ", ".join(f"{GEN_ITER}({p})" if p in iterated else p for p in params)
    # Every generator is handed out as an iterator object (`pyrt::PyIter<T>`), so
    # generators of one element type are interchangeable like in Python.
    make = f"{GEN_ITER}({cls_name}({passed}))"
    wrapper = _stmt(f"def {fn.name}({call_args}):\n    return {make}", fn)[0]
    assert isinstance(wrapper, ast.FunctionDef)
    wrapper.args = args  # keeps defaults and annotations
    wrapper.decorator_list = fn.decorator_list
    return ast.fix_missing_locations(ast.copy_location(cls, fn)), wrapper


def lower_generators(tree: ast.Module) -> list[ast.stmt]:
    """Rewrite generator functions and methods of ``tree`` in place (see module docstring);
    returns the generated iterator classes.

    A generator that cannot be lowered keeps its body; its yields carry the reason
    (``reason`` attribute) for the diagnostic.
    """
    out: list[ast.stmt] = []
    generated: list[ast.stmt] = []
    for stmt in tree.body:
        if isinstance(stmt, ast.FunctionDef) and is_generator(stmt):
            lowered = _try_lower(stmt, f"{GEN_CLASS_PREFIX}{stmt.name}", stmt)
            generated.extend(lowered[:-1])
            out.extend(lowered)
        elif isinstance(stmt, ast.ClassDef):
            extra: list[ast.stmt] = []
            for i, member in enumerate(stmt.body):
                if isinstance(member, ast.FunctionDef) and is_generator(member):
                    name = f"{GEN_CLASS_PREFIX}{stmt.name}_{member.name}"
                    lowered = _try_lower(member, name, member)
                    if len(lowered) == 2:
                        extra.append(lowered[0])
                        stmt.body[i] = lowered[1]  # type: ignore[assignment]
            generated.extend(extra)
            out.extend([*extra, stmt])
        else:
            out.append(stmt)
    tree.body = out
    return generated


def _try_lower(fn: ast.FunctionDef, cls_name: str, at: ast.AST) -> list[ast.stmt]:
    try:
        cls, wrapper = _lower_function(fn, cls_name)
    except NotLowered as exc:
        for node in _own_walk(fn):
            if isinstance(node, (ast.Yield, ast.YieldFrom)):
                node.reason = f"{exc} (this generator is left untranslated)"  # type: ignore[attr-defined]
        if hasattr(exc.node, "lineno"):
            fn.lowering_error = (exc.node, str(exc))  # type: ignore[attr-defined]
        return [fn]
    return [cls, wrapper]

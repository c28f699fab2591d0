"""Statement emission: Python statements to Rust statements."""

from __future__ import annotations

import ast
import builtins
import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.classes import BINOP_DUNDERS
from portalis_ray.translate.rules.closures import has_callable
from portalis_ray.translate.rules.containers import dict_subscript
from portalis_ray.translate.rules.exprs import float_keyed, unopt
from portalis_ray.translate.rules.generators import GEN_CLASS_PREFIX
from portalis_ray.translate.rules.modules import KNOWN_MODULES, MODULE_CONSTANTS, MODULE_FUNCTIONS
from portalis_ray.translate.rules.records import record_get, record_set
from portalis_ray.translate.rules.types import (
    BOOL,
    INT,
    NONE,
    STR,
    UNKNOWN,
    CallableT,
    ClassT,
    DictT,
    IteratorT,
    IterT,
    ListT,
    OptT,
    PyType,
    RecordT,
    SeqT,
    TupleT,
    Unknown,
)
from portalis_ray.translate.rules.values import ATOM, Unsupported, Val, rust_ident, rust_str_literal
from portalis_ray.translate.rules.walk import walk

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import Translator

_AUG_INPLACE_NUM = {
    ast.Add: "+=",
    ast.Sub: "-=",
    ast.Mult: "*=",
    ast.BitAnd: "&=",
    ast.BitOr: "|=",
    ast.BitXor: "^=",
}


def always_returns(body: list[ast.stmt]) -> bool:
    """True when control never falls off the end of ``body`` (Rust agrees on these shapes)."""
    if not body:
        return False
    last = body[-1]
    if isinstance(last, (ast.Return, ast.Raise)):
        return True
    if isinstance(last, ast.If):
        return always_returns(last.body) and always_returns(last.orelse)
    if isinstance(last, ast.Try):
        if always_returns(last.finalbody):
            return True
        body = always_returns(last.body) or always_returns(last.orelse)
        return body and all(always_returns(h.body) for h in last.handlers)
    if isinstance(last, ast.While) and isinstance(last.test, ast.Constant) and last.test.value:
        return not any(isinstance(n, ast.Break) for n in _loop_level(last.body))
    if isinstance(last, ast.Expr) and isinstance(last.value, ast.Call):
        f = last.value.func
        return (
            isinstance(f, ast.Attribute)
            and isinstance(f.value, ast.Name)
            and f.value.id == "sys"
            and f.attr == "exit"
        ) or (isinstance(f, ast.Name) and f.id in ("exit", "quit"))
    return False


def _loop_level(body: list[ast.stmt]) -> Iterator[ast.AST]:
    """Nodes of a loop body that belong to this loop (not to nested loops/functions)."""
    stack: list[ast.AST] = list(body)
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, (ast.For, ast.While)):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.FunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        stack.extend(ast.iter_child_nodes(node))


def branch_exits(body: list[ast.stmt]) -> bool:
    """True when a branch never reaches the statement after it."""
    return bool(body) and (isinstance(body[-1], (ast.Continue, ast.Break)) or always_returns(body))


_STORED_ATTR = "portalis_stored"  # a statement's stored names, computed once


def _stored_one(stmt: ast.stmt) -> frozenset[str]:
    cached = getattr(stmt, _STORED_ATTR, None)
    if cached is None:
        cached = frozenset(
            n.id for n in walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
        )
        setattr(stmt, _STORED_ATTR, cached)
    return cached


def stored_names(stmts: list[ast.stmt]) -> set[str]:
    """Names (re)bound anywhere inside ``stmts`` (the AST is not changed during
    translation, so each statement's set is computed once)."""
    out: set[str] = set()
    for stmt in stmts:
        out |= _stored_one(stmt)
    return out


def _is_view(node: ast.expr) -> bool:
    """An expression that yields an element of a container (shared, not copied)."""
    if isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice):
        return True
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("setdefault", "get")
    )


def _stored_in(name: str, loop: ast.AST) -> bool:
    """Whether a loop body rebinds ``name`` (its `for` pattern then needs `mut`)."""
    return name in stored_names(getattr(loop, "body", []))


class StmtMixin:
    """Statement handlers, mixed into the Translator."""

    # ---------------------------------------------------------------- output
    def line(self: Translator, text: str) -> None:
        pad = "    " * self.depth
        for part in text.split("\n"):
            self.lines.append(pad + part if part else "")

    @contextmanager
    def block(self: Translator, header: str) -> Iterator[None]:
        self.line(f"{header} {{")
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            self.line("}")

    def body(self: Translator, stmts: list[ast.stmt]) -> None:
        self.dead_rest = False
        for stmt in stmts:
            if self.final:
                self.stmt(stmt)
            else:
                depth, mark, scopes = self.depth, len(self.lines), len(self.scopes)
                try:
                    self.stmt(stmt)
                except Unsupported:
                    # Inference passes keep going so later statements still widen types.
                    self.depth = depth
                    del self.lines[mark:]
                    del self.scopes[scopes:]
            if self.dead_rest:  # an always-taken branch that leaves: the rest never runs
                break
        self.dead_rest = False

    def stmt(self: Translator, node: ast.stmt) -> None:
        handler = getattr(self, "s_" + type(node).__name__, None)
        if handler is None:
            raise Unsupported(node, f"{type(node).__name__} statements are not supported yet")
        handler(node)

    # ---------------------------------------------------------------- simple statements
    def s_Pass(self: Translator, node: ast.Pass) -> None:
        pass

    def s_Global(self: Translator, node: ast.Global) -> None:
        pass

    def s_Nonlocal(self: Translator, node: ast.Nonlocal) -> None:
        for name in node.names:
            if name not in self.current.cells:
                raise Unsupported(node, f"no binding for nonlocal '{name}' found", "syntax-error")

    def local_import(self: Translator, node: ast.Import | ast.ImportFrom) -> None:
        """An import left inside a function (imports.py moved every other one up): its
        module is unknown, or the module binds the same name to something else."""
        if self.current.node is None:  # the module body
            return
        names = ", ".join(a.asname or a.name for a in node.names)
        for alias in node.names:
            module = alias.name if isinstance(node, ast.Import) else node.module or ""
            if module.split(".")[0] in KNOWN_MODULES:
                raise Unsupported(
                    node,
                    f"'{names}' imported inside a function while the module binds the name to "
                    "something else is not supported yet",
                )

    def s_Import(self: Translator, node: ast.Import) -> None:
        self.local_import(node)
        for alias in node.names:
            if alias.name not in KNOWN_MODULES or alias.asname:
                raise Unsupported(node, f"import of module '{alias.name}' is not supported yet")

    def s_ImportFrom(self: Translator, node: ast.ImportFrom) -> None:
        self.local_import(node)
        if node.module in ("typing", "__future__", "abc", "dataclasses", "enum"):
            return
        if node.module == "collections.abc":  # only ever used in annotations (checked there)
            return
        decorators = {"total_ordering", "cache", "lru_cache"}
        if node.module == "functools" and all(
            a.name in decorators or ("functools", a.name) in MODULE_FUNCTIONS for a in node.names
        ):
            return
        for alias in node.names:
            if (node.module, alias.name) not in MODULE_FUNCTIONS and (
                node.module,
                alias.name,
            ) not in MODULE_CONSTANTS:
                raise Unsupported(
                    node, f"from {node.module} import {alias.name} is not supported yet"
                )

    def s_Expr(self: Translator, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Constant):
            return  # docstrings and bare literals have no effect
        if isinstance(node.value, ast.Name) and (
            node.value.id in self.functions
            or node.value.id in self.classes
            or (not self.is_bound(node.value.id) and hasattr(builtins, node.value.id))
        ):
            return  # naming a function, a class or a builtin has no effect either
        val = self.expr(node.value)
        if val.t == NONE or val.code.startswith("return "):
            self.line(f"{val.code};")
        else:
            self.line(f"let _ = {val.code};")

    def s_Break(self: Translator, node: ast.Break) -> None:
        flag = self.loops[-1] if self.loops else None
        if flag:
            self.line(f"{flag} = true;")
        self.line(self.break_code("break") + ";")

    def s_Continue(self: Translator, node: ast.Continue) -> None:
        self.line(self.break_code("continue") + ";")

    def s_Return(self: Translator, node: ast.Return) -> None:
        info = self.current
        if info.name == "<module>":
            raise Unsupported(node, "'return' outside function", "syntax-error")
        if isinstance(node.value, ast.Name) and node.value.id == "NotImplemented":
            # Reached only for an operand of another type: == falls back to identity
            # (False), arithmetic and ordering raise TypeError, as Python ends up doing.
            method = info.name.rsplit(".", 1)[-1]
            if method in ("__eq__", "__ne__"):
                self.line(f"return Ok({'false' if method == '__eq__' else 'true'});")
                return
            msg = rust_str_literal(f"unsupported operand type(s) for {method}")
            self.line(f"{self.raise_code(f'PyErr::type_error({msg})')};")
            return
        key = ("ret", info.sig)
        if node.value is None:
            val = Val("()", NONE)
        else:
            hint = self.slot_get(key)
            val = self.expr(
                node.value, hint if info.ret_annotated or isinstance(hint, CallableT) else None
            )
        if info.ret_annotated:
            if node.value is not None and val.t.has_unknown():
                self.refine(node.value, self.slot_get(key))
        elif info.cls.startswith(GEN_CLASS_PREFIX) and info.name.endswith(".__next__"):
            # A lowered generator's next item, or None when it is done: the item type stays
            # inside the Option even when it is a dynamic value (which could hold None).
            old = unopt(self.slot_get(key))
            item = old if val.t == NONE else self.join_at(old, unopt(val.t), node)
            if self.slots.get(key) != OptT(item):
                self.slots[key] = OptT(item)
                self.changed = True
        else:
            self.slot_join(key, val.t, node)
            ret = self.slot_get(key)
            if node.value is not None and has_callable(ret) and val.t != ret:
                self.refine(node.value, ret)  # a returned closure learns its parameter types
        self.line(self.return_code(self.coerce(val, self.slot_get(key), node).code) + ";")

    def s_Assert(self: Translator, node: ast.Assert) -> None:
        test = self.cond(node.test)
        msg = '""'
        if node.msg is not None:
            msg = f"&({self.to_str(self.expr(node.msg))})"
        with self.block(f"if !{test.wrapped(ATOM)}"):
            self.line(self.raise_code(f'PyErr::new("AssertionError", {msg})') + ";")
        self.narrowed |= self.facts(node.test, True)

    def s_Delete(self: Translator, node: ast.Delete) -> None:
        for target in node.targets:
            if not isinstance(target, ast.Subscript):
                raise Unsupported(target, "del of names is not supported yet")
            base = self.expr(target.value)
            if isinstance(base.t, ListT):
                if isinstance(target.slice, ast.Slice):
                    parts = [
                        ("None" if p is None else f"Some({self.coerce(self.expr(p), INT, p).code})")
                        for p in (target.slice.lower, target.slice.upper, target.slice.step)
                    ]
                    self.line(
                        self.fallible(f"{base.receiver()}.del_slice({', '.join(parts)})") + ";"
                    )
                else:
                    idx = self.coerce(self.expr(target.slice), INT, target)
                    self.line(self.fallible(f"{base.receiver()}.del_item({idx.code})") + ";")
            elif isinstance(base.t, DictT):
                key = self.coerce(self.expr(target.slice), base.t.key, target)
                self.line(self.fallible(f"{base.receiver()}.del_item({key.key()})") + ";")
            elif not isinstance(base.t, Unknown):
                raise Unsupported(target, f"del on {base.t.python()}", "type-error")

    # ---------------------------------------------------------------- assignment
    def s_Assign(self: Translator, node: ast.Assign) -> None:
        hint = None
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            hint = self.name_type_hint(node.targets[0].id)
        elif len(node.targets) == 1 and isinstance(node.targets[0], ast.Subscript):
            # `ROUTES[path] = handler`: what calls of the dict's values pass is the hint
            try:
                held = self.unwrap_opt(self.expr(node.targets[0].value)).t
            except Unsupported:
                held = None
            if isinstance(held, DictT) and isinstance(held.val, CallableT):
                hint = held.val
            elif isinstance(held, ListT) and isinstance(held.elem, CallableT):
                hint = held.elem
        val = self.expr(node.value, hint)
        if len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and (
                _is_view(node.value)
                or (isinstance(val.t, (CallableT, Unknown)) and self.calls_user(node.value))
            ):
                # `bucket = d.setdefault(k, [])`: filling bucket fills d's values too.
                self.aliases[(self.current.name, target.id)] = node.value
            if isinstance(target, ast.Tuple) and self.calls_user(node.value):
                # `f, log = make_logger()`: what `f(...)` needs flows to the return slot.
                for i, elt in enumerate(target.elts):
                    if isinstance(elt, ast.Name):
                        item = ast.Subscript(value=node.value, slice=ast.Constant(i))
                        key = (self.current.name, elt.id)
                        self.aliases[key] = ast.copy_location(item, node)
            self.assign(target, val, node)
            return
        tmp = self.fresh("v")
        self.line(f"let {tmp} = {val.code};")
        for target in node.targets:
            code = tmp if val.t.is_copy() else f"{tmp}.clone()"
            self.assign(target, Val(code, val.t, place=tmp), node)

    def s_AnnAssign(self: Translator, node: ast.AnnAssign) -> None:
        if not isinstance(node.target, ast.Name):
            raise Unsupported(node, "annotated assignment to a non-name is not supported yet")
        declared = self.annotation(node.annotation)
        self.declare_type(node.target.id, declared, node)
        if node.value is None:
            return
        val = self.expr(node.value, declared)
        self.refine(node.value, declared)
        self.assign(node.target, val, node)

    def s_AugAssign(self: Translator, node: ast.AugAssign) -> None:
        target = node.target
        if isinstance(target, (ast.Name, ast.Attribute)) and isinstance(
            unopt(self.expr(target).t), ClassT
        ):
            # `v += w` on an object: `v = v.__iadd__(w)`, else `v = v + w`.
            load = copy.copy(target)
            load.ctx = ast.Load()
            inplace = "__i" + BINOP_DUNDERS[type(node.op)][2:]
            value: ast.expr = ast.BinOp(left=load, op=node.op, right=node.value)
            if self.defines(self.expr(target).t, inplace):
                method = ast.Attribute(value=load, attr=inplace, ctx=ast.Load())
                value = ast.Call(func=method, args=[node.value], keywords=[])
            self.s_Assign(
                ast.fix_missing_locations(
                    ast.copy_location(
                        ast.Assign(targets=[target], value=ast.copy_location(value, node)), node
                    )
                )
            )
            return
        if isinstance(target, ast.Attribute):
            current = self.expr(target)
            result = self.binop(node.op, current, self.expr(node.value, current.t), node)
            self.store_attribute(target, result, node)
            return
        if isinstance(target, ast.Name):
            current = self.load_name(target)
            rhs = self.expr(node.value, current.t)
            kind = type(node.op)
            slot_t = current.t
            if isinstance(slot_t, ListT) and kind is ast.Add:
                code, et = self.iterate_val(rhs, node.value)
                self.refine(target, ListT(et))
                self.line(f"{current.receiver()}.extend({code});")
                return
            if slot_t == STR and rhs.t == STR and kind is ast.Add and current.place:
                self.line(f"{current.place}.push_str({rhs.str_view()});")
                return
            result = self.binop(node.op, current, rhs, node)
            if (
                current.place
                and result.t == slot_t
                and slot_t in (INT,)
                and kind in _AUG_INPLACE_NUM
                and rhs.t in (INT, BOOL)
            ):
                self.line(f"{current.place} {_AUG_INPLACE_NUM[kind]} {self.coerce(rhs, INT).code};")
                return
            if (
                current.place
                and result.t == slot_t
                and slot_t.rust() == "f64"
                and kind in (ast.Add, ast.Sub, ast.Mult)
            ):
                self.line(
                    f"{current.place} {_AUG_INPLACE_NUM[kind]} {self.coerce(rhs, slot_t).code};"
                )
                return
            self.assign(target, result, node)
            return
        if isinstance(target, ast.Subscript) and not isinstance(target.slice, ast.Slice):
            base = self.expr(target.value)
            index = self.expr(target.slice)
            if index.place is None and index.lit is None:
                tmp = self.fresh("i")
                self.line(f"let {tmp} = {index.code};")
                index = Val(tmp, index.t, place=tmp)
            base_node = target.value
            if base.place is None:
                tmp = self.fresh("b")
                self.line(f"let {tmp} = {base.code};")
                base = Val(tmp, base.t, place=tmp)
            current = self.subscript_get(base, index, target)
            result = self.binop(node.op, current, self.expr(node.value, current.t), node)
            tmp = self.fresh("r")
            self.line(f"let {tmp} = {result.code};")  # read the item before the key moves
            result = Val(tmp, result.t, place=tmp)
            self.subscript_set(base, base_node, index, result, node)
            return
        raise Unsupported(node, "augmented assignment to this target is not supported yet")

    def assign(self: Translator, target: ast.expr, val: Val, node: ast.AST) -> None:
        """Bind ``val`` to an assignment target (name, tuple pattern or subscript)."""
        if isinstance(target, ast.Name):
            self.assign_name(target.id, val, node)
        elif isinstance(target, (ast.Tuple, ast.List)):
            self.assign_unpack(target, val, node)
        elif isinstance(target, ast.Attribute):
            self.store_attribute(target, val, node)
        elif isinstance(target, ast.Subscript):
            if isinstance(target.slice, ast.Slice):
                base = self.expr(target.value)
                if not isinstance(base.t, ListT):
                    raise Unsupported(target, "slice assignment is supported for lists only")
                code, et = self.iterate_val(val, target)
                self.refine(target.value, ListT(et))
                parts = [
                    ("None" if p is None else f"Some({self.coerce(self.expr(p), INT, p).code})")
                    for p in (target.slice.lower, target.slice.upper, target.slice.step)
                ]
                call = "set_slice" if target.slice.step is None else "set_slice_step"
                bounds = ", ".join(parts if target.slice.step is not None else parts[:2])
                self.line(
                    self.fallible(
                        f"{base.receiver()}.{call}({bounds}, {code}.into_iter().collect())"
                    )
                    + ";"
                )
                return
            base = self.expr(target.value)
            index = self.expr(target.slice)
            self.subscript_set(base, target.value, index, val, node)
        else:
            raise Unsupported(target, f"assignment to {type(target).__name__} is not supported yet")

    def assign_unpack(
        self: Translator, target: ast.Tuple | ast.List, val: Val, node: ast.AST
    ) -> None:
        if any(isinstance(e, ast.Starred) for e in target.elts):
            raise Unsupported(target, "star-unpacking is not supported yet")
        n = len(target.elts)
        if isinstance(val.t, OptT):  # TypeError in Python when it is None
            val = self.unwrap_opt(val)
        t = val.t
        if isinstance(t, TupleT) and len(t.items) == n and self.unpack_in_place(target, val):
            return
        tmp = self.fresh("t")
        if isinstance(t, TupleT):
            if len(t.items) != n:
                raise Unsupported(
                    node, f"cannot unpack {len(t.items)} values into {n} names", "value-error"
                )
            self.line(f"let {tmp} = {val.code};")
            items = [Val(f"{tmp}.{i}", s, place=None) for i, s in enumerate(t.items)]
        elif isinstance(t, Unknown):
            items = [Val("Default::default()", UNKNOWN) for _ in range(n)]
        elif isinstance(t, ClassT) and self.namedtuple_fields(t) is not None:
            fields = self.namedtuple_fields(t) or []
            if len(fields) != n:
                raise Unsupported(
                    node, f"cannot unpack {len(fields)} values into {n} names", "value-error"
                )
            self.line(f"let {tmp} = {val.code};")
            items = [self.attribute(Val(tmp, t, place=None), f, node) for f in fields]
        elif (
            isinstance(t, (ListT, IterT, SeqT, IteratorT))
            or t == STR
            or (
                isinstance(t, ClassT)
                and (self.defines(t, "__iter__") or self.defines(t, "__next__"))
            )
        ):  # any iterable, `x, y, z = vector` through its __iter__ too
            code, et = self.iterate_val(val, node)
            self.line(f"let {tmp}: Vec<{et.rust()}> = {code}.into_iter().collect();")
            self.line(self.fallible(f"pyrt::unpack_len({tmp}.len(), {n})") + ";")
            items = [Val(f"{tmp}[{i}].clone()", et) for i in range(n)]
        else:
            raise Unsupported(node, f"cannot unpack {t.python()}", "type-error")
        for elt, item in zip(target.elts, items):
            self.assign(elt, item, node)

    def unpack_in_place(self: Translator, target: ast.Tuple | ast.List, val: Val) -> bool:
        """`let (a, b) = ...;` / `(a, b) = ...;` when every target is a plain local."""
        names = [e.id for e in target.elts if isinstance(e, ast.Name)]
        if len(names) != len(target.elts) or len(set(names)) != len(names):
            return False
        scope = self.current.scope
        fresh = []
        wild = "_" not in scope.locals
        for name, item_t in zip(names, val.t.items):  # type: ignore[attr-defined]
            if name == "_" and wild:
                fresh.append(None)
                continue
            kind, key = self.resolve(name)
            if kind != "local":
                return False
            self.slot_join(key, item_t, target)
            if self.slot_get(key) != item_t:
                return False
            fresh.append(scope.declare_at.get(name) == self.top_index and name not in self.declared)
        for name in names:
            self.narrowed.discard(name)
        named = [f for f in fresh if f is not None]
        if named and all(named):
            self.declared.update(names)
            parts = [
                "_" if n == "_" and wild else ("mut " if scope.is_mut(n) else "") + rust_ident(n)
                for n in names
            ]
            self.line(f"let ({', '.join(parts)}) = {val.code};")
            return True
        if not any(named):
            self.line(f"({', '.join(rust_ident(n) for n in names)}) = {val.code};")
            return True
        return False

    def subscript_get(self: Translator, base: Val, index: Val, node: ast.AST) -> Val:
        bt = base.t
        if isinstance(bt, RecordT):
            return record_get(self, base, index, node)
        if isinstance(bt, ListT):
            return Val(
                self.fallible(f"{base.receiver()}.get({self.coerce(index, INT).code})"), bt.elem
            )
        if isinstance(bt, DictT):
            base_node = node.value if isinstance(node, ast.Subscript) else None
            special = dict_subscript(self, base, index, node, base_node)
            if special is not None:
                return special
            key = self.coerce(index, bt.key, node)
            return Val(self.fallible(f"{base.receiver()}.get_item({key.key()})"), bt.val)
        if isinstance(bt, Unknown):
            return Val("Default::default()", UNKNOWN)
        raise Unsupported(node, f"item assignment on {bt.python()}", "type-error")

    def subscript_set(
        self: Translator, base: Val, base_node: ast.expr, index: Val, val: Val, node: ast.AST
    ) -> None:
        bt = base.t
        if isinstance(bt, RecordT):
            record_set(self, base, base_node, index, val, node)
        elif isinstance(bt, ListT):
            self.refine(base_node, ListT(val.t))
            et = self.join_at(bt.elem, val.t, node)
            idx = self.coerce(self.unwrap_opt(index), INT, node)
            code = f"{base.receiver()}.set({idx.code}, {self.coerce(val, et, node).code})"
            self.line(self.fallible(code) + ";")
        elif isinstance(bt, DictT):
            self.refine(base_node, DictT(index.t, val.t))
            kt, vt = self.join_at(bt.key, index.t, node), self.join_at(bt.val, val.t, node)
            if float_keyed(DictT(kt, UNKNOWN)):
                raise Unsupported(node, "dict keys holding floats are not supported yet")
            self.line(
                f"{base.receiver()}.set_item({self.coerce(index, kt, node).code}, "
                f"{self.coerce(val, vt, node).code});"
            )
        elif isinstance(bt, Unknown):
            return
        else:
            raise Unsupported(
                node, f"item assignment on {bt.python()} (immutable in Python)", "type-error"
            )

    # ---------------------------------------------------------------- control flow
    def s_If(self: Translator, node: ast.If, header: str = "if") -> None:
        truth = self.static_truth(node.test)
        if truth is not None:
            # `isinstance(other, Vector)` in a copy specialised for an int `other`: only the
            # branch Python can take is translated (the other would not type-check).
            taken = node.body if truth else node.orelse
            self.line(f"{'} else ' if header != 'if' else ''}{{")
            self.depth += 1
            self.narrowed |= self.facts(node.test, truth)
            self.body(taken)
            self.depth -= 1
            self.line("}")
            self.dead_rest = branch_exits(taken)
            return
        entry = set(self.narrowed)
        failed: Unsupported | None = None
        try:
            test = self.cond(node.test)
        except Unsupported as exc:
            if self.final or _tests_types(node.test):
                raise  # an isinstance test picks the branch a specialised copy keeps
            # Inference still reads the branches: `best = (hits, s)` under
            # `if best is None or hits > best[0]` is what types `best`.
            failed, test = exc, Val("false", BOOL)
        self.line(f"{header} {test.code} {{")
        self.narrowed = entry | self.facts(node.test, True)
        self.depth += 1
        self.body(node.body)
        self.depth -= 1
        after_body = None if branch_exits(node.body) else set(self.narrowed)
        self.narrowed = entry | self.facts(node.test, False)
        orelse = node.orelse
        if len(orelse) == 1 and isinstance(orelse[0], ast.If):
            self.s_If(orelse[0], "} else if")
            after_else = None if branch_exits(orelse) else set(self.narrowed)
        else:
            if orelse:
                self.line("} else {")
                self.depth += 1
                self.body(orelse)
                self.depth -= 1
            self.line("}")
            after_else = None if orelse and branch_exits(orelse) else set(self.narrowed)
        if after_body is None and after_else is None:
            self.narrowed = entry
        elif after_body is None or after_else is None:
            self.narrowed = after_else if after_body is None else after_body  # type: ignore
        else:
            self.narrowed = after_body & after_else
        if failed is not None:
            raise failed

    def s_While(self: Translator, node: ast.While) -> None:
        flag = self.loop_flag(node)
        self.narrowed -= stored_names(node.body)
        entry = set(self.narrowed)
        infinite = isinstance(node.test, ast.Constant) and node.test.value is True
        header = "loop" if infinite else f"while {self.cond(node.test).code}"
        self.narrowed |= self.facts(node.test, True)
        self.loops.append(flag)
        try:
            with self.block(header):
                self.body(node.body)
        finally:
            self.loops.pop()
        self.narrowed = entry
        self.loop_else(flag, node.orelse)

    def alias_parts(self: Translator, target: ast.expr, source: ast.expr) -> None:
        if isinstance(target, ast.Name):
            self.aliases[(self.current.name, target.id)] = source
        elif isinstance(target, (ast.Tuple, ast.List)) and not any(
            isinstance(e, ast.Starred) for e in target.elts
        ):
            for i, elt in enumerate(target.elts):
                part = ast.Subscript(value=source, slice=ast.Constant(i), ctx=ast.Load())
                self.alias_parts(elt, ast.copy_location(part, source))

    def s_For(self: Translator, node: ast.For) -> None:
        # What the loop body needs of an item flows back to the list's elements (for
        # `for name, fn in handlers`, to the parts of its tuples).
        item = ast.Subscript(value=node.iter, slice=ast.Constant(0), ctx=ast.Load())
        self.alias_parts(node.target, ast.copy_location(item, node))
        code, et = self.unpacked_rows(*self.iterate(node.iter), node.target)
        flag = self.loop_flag(node)
        self.narrowed -= stored_names([*node.body, ast.Assign(targets=[node.target])])
        entry = set(self.narrowed)
        self.push_scope(loop=True)
        self.loops.append(flag)
        try:
            pattern, rebinds = self.loop_pattern(node.target, et, node)
            with self.block(f"for {pattern} in {code}"):
                for target, val in rebinds:
                    self.assign(target, val, node)
                self.body(node.body)
        finally:
            self.loops.pop()
            self.pop_scope()
        self.narrowed = entry
        self.loop_else(flag, node.orelse)

    def loop_pattern(
        self: Translator, target: ast.expr, et: PyType, node: ast.AST
    ) -> tuple[str, list[tuple[ast.expr, Val]]]:
        """The Rust `for` pattern, plus assignments for targets that outlive the loop.

        Names used only inside their loop are bound by the pattern itself, each loop
        with its own type (two loops may reuse `i` for different things); the others
        are bound to a temporary and assigned to the function's variable.
        """
        rebinds: list[tuple[ast.expr, Val]] = []
        self.private_names = self.current.scope.private_loops.get(id(node), set())
        pattern = self.bind_loop_pattern(target, et, node, rebinds)
        return pattern, rebinds

    def bind_loop_pattern(
        self: Translator,
        target: ast.expr,
        t: PyType,
        node: ast.AST,
        rebinds: list[tuple[ast.expr, Val]],
    ) -> str:
        scope = self.current.scope
        if isinstance(target, ast.Name) and target.id == "_" and "_" not in scope.locals:
            return "_"
        if (
            isinstance(target, ast.Name)
            and target.id not in self.current.cells
            and (target.id in scope.loop_local or target.id in self.private_names)
        ):
            mut = "mut " if _stored_in(target.id, node) else ""
            return mut + self.declare_scoped(target.id, t)
        if isinstance(target, (ast.Tuple, ast.List)) and not any(
            isinstance(e, ast.Starred) for e in target.elts
        ):
            if isinstance(t, Unknown):
                t = TupleT(tuple(UNKNOWN for _ in target.elts))
            if isinstance(t, TupleT) and len(t.items) == len(target.elts):
                inner = [
                    self.bind_loop_pattern(e, s, node, rebinds)
                    for e, s in zip(target.elts, t.items)
                ]
                return f"({', '.join(inner)})"
        tmp = self.fresh("item")
        rebinds.append((target, Val(tmp, t, place=tmp if t.is_copy() else None)))
        return tmp

    def loop_flag(self: Translator, node: ast.For | ast.While) -> str | None:
        if not node.orelse:
            return None
        flag = self.fresh("broke")
        self.line(f"let mut {flag} = false;")
        return flag

    def loop_else(self: Translator, flag: str | None, orelse: list[ast.stmt]) -> None:
        if flag is None:
            return
        with self.block(f"if !{flag}"):
            self.body(orelse)

    def s_ClassDef(self: Translator, node: ast.ClassDef) -> None:
        """Run the class body's assignments: class attributes."""
        cls = self.classes.get(node.name)
        if cls is None:
            if self.exception_class_stmt(node):
                return
            raise Unsupported(node, f"class '{node.name}' could not be translated (see above)")
        for attr, value in cls.class_attrs.items():
            self.store_class_attr(node.name, attr, self.expr(value), value)

    def s_With(self: Translator, node: ast.With) -> None:
        raise Unsupported(node, "with-statements are not supported yet")

    def name_type_hint(self: Translator, name: str) -> PyType | None:
        """The current type of an assignment target, to guide empty literals."""
        try:
            kind, key = self.resolve(name)
        except Unsupported:
            return None
        if kind in ("local", "global", "param"):
            t = self.slots.get(key)
            if t is not None and not isinstance(t, Unknown) and not isinstance(t, OptT):
                return t
        return None

    def declare_type(self: Translator, name: str, t: PyType, node: ast.AST) -> None:
        """An annotation on a variable fixes its type."""
        kind, key = self.resolve(name)
        if kind in ("local", "global"):
            self.slot_join(key, t, node)


_ = (BOOL, INT)


def _tests_types(test: ast.expr) -> bool:
    """Whether ``test`` calls isinstance (its branches depend on static types)."""
    return any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "isinstance"
        for n in ast.walk(test)
    )

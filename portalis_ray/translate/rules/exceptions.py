"""Exceptions: `raise`, `try`/`except`/`else`/`finally` and exception classes.

Python exceptions are `Err(PyErr)` values in Rust. `?`, `return`, `break` and
`continue` cannot cross a `finally` (or reach a handler) in Rust, so inside a
`try` body every exit becomes a `break 'tryN <Result<Flow<R>, PyErr>>` out of a
labelled `loop`; the handlers and `finally` run on that value, and the jump it
carries is replayed afterwards (`Flow::Return(v)` -> `return Ok(v)`, ...).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.calls import BUILTINS
from portalis_ray.translate.rules.stmts import always_returns, stored_names
from portalis_ray.translate.rules.types import (
    EXC,
    NONE,
    NUM,
    STR,
    ClassT,
    ObjT,
    OpaqueT,
    OptT,
    Unknown,
)
from portalis_ray.translate.rules.values import Unsupported, Val, rust_ident

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import Translator

# Python 3.11's built-in exception classes: child -> parent.
BUILTIN_PARENTS: dict[str, str] = {
    "Exception": "BaseException",
    "SystemExit": "BaseException",
    "KeyboardInterrupt": "BaseException",
    "GeneratorExit": "BaseException",
    "ArithmeticError": "Exception",
    "ZeroDivisionError": "ArithmeticError",
    "OverflowError": "ArithmeticError",
    "FloatingPointError": "ArithmeticError",
    "LookupError": "Exception",
    "IndexError": "LookupError",
    "KeyError": "LookupError",
    "ValueError": "Exception",
    "UnicodeError": "ValueError",
    "TypeError": "Exception",
    "RuntimeError": "Exception",
    "NotImplementedError": "RuntimeError",
    "RecursionError": "RuntimeError",
    "AssertionError": "Exception",
    "AttributeError": "Exception",
    "NameError": "Exception",
    "UnboundLocalError": "NameError",
    "StopIteration": "Exception",
    "EOFError": "Exception",
    "OSError": "Exception",
    "FileNotFoundError": "OSError",
    "PermissionError": "OSError",
    "ImportError": "Exception",
    "ModuleNotFoundError": "ImportError",
    "MemoryError": "Exception",
    "UnicodeEncodeError": "UnicodeError",
    "UnicodeDecodeError": "UnicodeError",
    "UnicodeTranslateError": "UnicodeError",
    "TimeoutError": "OSError",
    "ConnectionError": "OSError",
    "BrokenPipeError": "ConnectionError",
    "ConnectionAbortedError": "ConnectionError",
    "ConnectionRefusedError": "ConnectionError",
    "ConnectionResetError": "ConnectionError",
    "FileExistsError": "OSError",
    "IsADirectoryError": "OSError",
    "NotADirectoryError": "OSError",
    "InterruptedError": "OSError",
    "SyntaxError": "Exception",
    "IndentationError": "SyntaxError",
    "SystemError": "Exception",
    "ReferenceError": "Exception",
    "BufferError": "Exception",
    "StatisticsError": "ValueError",  # statistics.StatisticsError
    "FrozenInstanceError": "AttributeError",  # dataclasses.FrozenInstanceError
}
BUILTIN_EXCEPTIONS = frozenset(BUILTIN_PARENTS) | {"BaseException"}
# Exceptions that modules define, reached as `module.Name`.
MODULE_EXCEPTIONS = {("statistics", "StatisticsError"), ("dataclasses", "FrozenInstanceError")}


@dataclass
class TryFrame:
    """An enclosing `try` body or handler: where exits must go instead."""

    label: str
    loops: int  # len(translator.loops) when the frame was entered
    ret: str  # Rust type of the function's return value


def exception_bases(tree_body: list[ast.stmt]) -> dict[str, list[str]]:
    """User classes deriving from exceptions, `class NotFound(AppError, KeyError)`: name ->
    its bases, all exception classes."""
    bases: dict[str, list[str]] = {}
    known = set(BUILTIN_EXCEPTIONS)
    for stmt in tree_body:
        if not isinstance(stmt, ast.ClassDef) or not stmt.bases:
            continue
        names = [b.id for b in stmt.bases if isinstance(b, ast.Name) and b.id in known]
        if len(names) == len(stmt.bases) and len(set(names)) == len(names):
            bases[stmt.name] = names
            known.add(stmt.name)
    return bases


def is_plain_exception_body(node: ast.ClassDef) -> bool:
    """A body of docstrings and `pass`: the class adds a name, not fields."""
    return all(
        isinstance(s, ast.Pass) or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
        for s in node.body
    )


class ExcMixin:
    """Exception handling, mixed into the Translator."""

    # ---------------------------------------------------------------- hierarchy
    def exc_parent(self: Translator, name: str) -> str | None:
        return self.exc_classes.get(name) or BUILTIN_PARENTS.get(name)

    def exc_ancestors(self: Translator, name: str) -> list[str]:
        """``name`` and the exception classes above it in method resolution order (C3, as
        CPython linearises `class NotFound(AppError, KeyError)`)."""
        known = self.exc_mro.get(name)
        if known is not None:
            return known
        bases = self.exc_bases.get(name) or [p for p in [BUILTIN_PARENTS.get(name)] if p]
        seqs = [self.exc_ancestors(b) for b in bases] + [list(bases)]
        out = [name]
        while any(seqs):
            seqs = [q for q in seqs if q]
            head = next(
                (q[0] for q in seqs if not any(q[0] in r[1:] for r in seqs)), seqs[0][0]
            )
            out.append(head)
            seqs = [q[1:] if q[0] == head else q for q in seqs]
        self.exc_mro[name] = out
        return out

    def is_exception_class(self: Translator, name: str) -> bool:
        return name in BUILTIN_EXCEPTIONS or name in self.exc_classes

    def exc_family(self: Translator, name: str) -> list[str]:
        """``name`` and every known class below it (what `except name` catches)."""
        return [
            cls
            for cls in sorted(BUILTIN_EXCEPTIONS | set(self.exc_classes))
            if name in self.exc_ancestors(cls)
        ]

    def exc_match(self: Translator, var: str, handler: ast.ExceptHandler) -> str | None:
        """The Rust guard for one `except` clause; None catches everything."""
        if handler.type is None:
            return None
        types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        names: list[str] = []
        for t in types:
            if (
                isinstance(t, ast.Attribute)
                and isinstance(t.value, ast.Name)
                and (t.value.id, t.attr) in MODULE_EXCEPTIONS
                and t.value.id in self.imports
            ):  # `except statistics.StatisticsError`
                t = ast.copy_location(ast.Name(t.attr, ast.Load()), t)
            if not isinstance(t, ast.Name) or not self.is_exception_class(t.id):
                raise Unsupported(t, f"'{ast.unparse(t)}' is not a known exception class")
            if t.id == "BaseException":
                return None
            names.extend(self.exc_family(t.id))
        kinds = ", ".join(f'"{n}"' for n in dict.fromkeys(names))
        return f"{var}.is(&[{kinds}])"

    # ---------------------------------------------------------------- raise
    def s_Raise(self: Translator, node: ast.Raise) -> None:
        exc = node.exc
        if exc is None:
            if not self.handling:
                raise Unsupported(node, "bare `raise` outside an except block", "runtime-error")
            self.line(self.raise_code(f"{self.handling[-1]}.clone()") + ";")
            return
        raised = exc.func if isinstance(exc, ast.Call) else exc
        if (
            isinstance(raised, ast.Name)
            and raised.id == "SystemExit"
            and not self.is_bound("SystemExit")
        ):  # `raise SystemExit(n)` is `sys.exit(n)`
            args = exc.args if isinstance(exc, ast.Call) else []
            call = ast.copy_location(ast.Call(ast.Name("exit", ast.Load()), args, []), exc)
            self.line(BUILTINS["exit"](self, call, None).code + ";")
            return
        value = self.exception_value(exc)
        if node.cause is not None:
            value = f"{value}.with_cause({self.exception_cause(node.cause)})"
        self.line(self.raise_code(value) + ";")

    def exception_cause(self: Translator, cause: ast.expr) -> str:
        """The `Option<PyErr>` of `raise ... from cause` (`from None`: no cause)."""
        if isinstance(cause, ast.Constant) and cause.value is None:
            return "None"
        if isinstance(cause, ast.Name):
            val = self.expr(cause)
            if val.place in self.caught:  # a caught exception object: its PyErr, cause and all
                return f"Some({self.caught[val.place]}.clone())"
            if val.t == OptT(EXC):  # `last = None ... last = e`: no cause while it is None
                return val.code
        return f"Some({self.exception_value(cause)})"

    def exception_value(self: Translator, exc: ast.expr) -> str:
        """A `PyErr` expression for `raise exc`."""
        name, args = None, []
        if isinstance(exc, ast.Call) and isinstance(exc.func, ast.Name) and not exc.keywords:
            name, args = exc.func.id, exc.args
        elif isinstance(exc, ast.Name):
            name = exc.id
            try:
                kind = self.name_kind(name)
            except Unsupported:
                kind = ""
            if kind in ("local", "param", "global", "scoped"):
                val = self.expr(exc)
                if self.class_of(val.t) is not None:
                    return self.exception_of(val)
                if val.t != EXC:
                    raise Unsupported(exc, f"cannot raise a {val.t.python()}", "type-error")
                return val.code
        if name is not None and self.carries_payload(name):
            call = exc if isinstance(exc, ast.Call) else ast.Call(func=exc, args=[], keywords=[])
            obj = self.construct(name, call)
            return self.exception_of(obj)
        if name is None or not self.is_exception_class(name):
            raise Unsupported(exc, "only exception classes and caught exceptions can be raised")
        if len(args) > 1:
            raise Unsupported(exc, "exceptions with several arguments are not supported yet")
        if not args:
            msg = '""'
        else:
            val = self.expr(args[0])
            if "KeyError" in self.exc_ancestors(name):
                msg = f"{val.receiver()}.py_repr()"
                if name != "KeyError":
                    return f'PyErr::key_like("{name}", {msg})'
            else:
                msg = val.code if val.t == STR else self.to_str(val)
        return f'PyErr::new("{name}", {msg})'

    # ---------------------------------------------------------------- try
    def s_Try(self: Translator, node: ast.Try) -> None:
        ret = self.current_ret_rust()
        result = self.fresh("r")
        self.line(f"let {result}: PyResult<pyrt::Flow<{ret}>> = {self.frame_block(node.body)};")
        arms: list[tuple[str, ast.AST | None, list[ast.stmt], str | None]] = []
        if node.orelse:
            arms.append(("Ok(pyrt::Flow::Next)", None, node.orelse, None))
        for handler in node.handlers:
            var = self.fresh("e")
            guard = self.exc_match(var, handler)
            pattern = f"Err({var})" + (f" if {guard}" if guard else "")
            arms.append((pattern, handler, handler.body, var))
        if arms:
            with self.block(f"let {result} = match {result}"):
                for pattern, handler, body, var in arms:
                    self.handler_arm(pattern, handler, body, var)
                self.line("other => other,")
            self.lines[-1] += ";"
        self.body(node.finalbody)
        self.replay(result, always_returns([node]), _jumps(node))

    def handler_arm(
        self: Translator,
        pattern: str,
        handler: ast.AST | None,
        body: list[ast.stmt],
        var: str | None,
    ) -> None:
        """One arm of the handler `match`: the handler body in its own frame."""
        self.push_scope()
        if var is not None:
            self.handling.append(var)
        try:
            prelude = ""
            name = getattr(handler, "name", None)
            if name:
                cls = self.handler_class(handler)
                if cls is None:
                    rust = self.declare_scoped(name, EXC)
                    prelude = f"let {rust} = {var}.clone();"
                else:
                    rust = self.declare_scoped(name, cls)
                    prelude = f"let {rust}: {cls.rust()} = pyrt::check({var}.payload_as());"
                    self.caught[rust] = var  # the PyErr behind the object: its __cause__
            self.line(f"{pattern} => {self.frame_block(body, prelude)},")
        finally:
            if var is not None:
                self.handling.pop()
            self.pop_scope()

    def handler_class(self: Translator, handler: ast.AST) -> ClassT | None:
        """The class type `e` has in `except Cls as e`, when Cls's instances carry fields."""
        kinds = getattr(handler, "type", None)
        if isinstance(kinds, ast.Name) and self.carries_payload(kinds.id):
            return ClassT(self.classes[kinds.id].root)
        if isinstance(kinds, ast.Tuple) and kinds.elts:
            # `except (LexError, ParseError) as e`: classes of one hierarchy share its struct
            names = [k.id for k in kinds.elts if isinstance(k, ast.Name)]
            if len(names) == len(kinds.elts) and all(self.carries_payload(n) for n in names):
                roots = {self.classes[n].root for n in names}
                if len(roots) == 1:
                    return ClassT(roots.pop())
        return None

    def frame_block(self: Translator, body: list[ast.stmt], prelude: str = "") -> str:
        """`'tryN: loop { body; break 'tryN Ok(Flow::Next); }` as an expression."""
        label = "'" + self.fresh("try")[2:]
        self.tries.append(TryFrame(label, len(self.loops), self.current_ret_rust()))
        mark, depth = len(self.lines), self.depth
        self.depth += 1
        narrowed = set(self.narrowed)
        try:
            if prelude:
                self.line(prelude)
            self.body(body)
            self.line(f"break {label} Ok(pyrt::Flow::Next);")
        finally:
            self.tries.pop()
            self.depth = depth
            self.narrowed = narrowed - stored_names(body)
        pad = "    " * self.depth
        inner = [text[len(pad) :] if text.startswith(pad) else text for text in self.lines[mark:]]
        del self.lines[mark:]
        return "\n".join([f"{label}: loop {{", *inner, "}"])

    def replay(
        self: Translator, result: str, diverges: bool, jumps: set[type] | None = None
    ) -> None:
        """After `finally`: carry on with the jump the try statement ended with.

        When every path of the statement returns or raises, the match diverges
        too, so Rust sees the function end where Python's does.
        """
        in_loop = len(self.loops) > (self.tries[-1].loops if self.tries else 0)
        rest = "unreachable!()" if diverges else "{}"
        with self.block(f"match {result}"):
            self.line(f"Ok(pyrt::Flow::Next) => {rest},")
            if self.current.name != "<module>":
                self.line(f"Ok(pyrt::Flow::Return(v)) => {self.return_code('v')},")
            jumps = {ast.Break, ast.Continue} if jumps is None else jumps
            if in_loop and ast.Break in jumps:  # only where Python can break: a `break`
                self.line(f"Ok(pyrt::Flow::Break) => {self.break_code('break')},")  # ends loops
            if in_loop and ast.Continue in jumps:
                self.line(f"Ok(pyrt::Flow::Continue) => {self.break_code('continue')},")
            self.line(f"Err(e) => {self.raise_code('e')},")
            if self.current.name == "<module>" or not in_loop or jumps != {ast.Break, ast.Continue}:
                self.line(f"#[allow(unreachable_patterns)]\n_ => {rest},")

    # ---------------------------------------------------------------- exits
    def current_ret_rust(self: Translator) -> str:
        if self.current.name == "<module>":
            return "()"
        t = self.slot_get(("ret", self.current.sig))
        return "()" if isinstance(t, Unknown) else t.rust()

    def return_code(self: Translator, value: str) -> str:
        if self.tries:
            return f"break {self.tries[-1].label} Ok(pyrt::Flow::Return({value}))"
        return f"return Ok({value})"

    def break_code(self: Translator, word: str) -> str:
        """`break`/`continue`, or a jump out of the try frame when the loop is outside it."""
        if self.tries and len(self.loops) == self.tries[-1].loops:
            flow = "Break" if word == "break" else "Continue"
            return f"break {self.tries[-1].label} Ok(pyrt::Flow::{flow})"
        return word

    def carries_payload(self: Translator, name: str) -> bool:
        """Whether instances of exception class ``name`` are objects with fields or methods."""
        cls = self.classes.get(name)
        if cls is None or not cls.exception:
            return False
        return any(
            c.methods or c.class_attrs or not is_plain_exception_body(c.node)
            for c in self.family(cls.root)
        )

    def exception_of(self: Translator, obj: Val) -> str:
        """A `PyErr` carrying exception object ``obj``."""
        root = rust_ident(obj.t.name)  # type: ignore[attr-defined]
        tmp = self.fresh("x")
        return (
            f"{{ let {tmp} = {obj.code}; PyErr::with_payload("
            f"{root.upper()}__NAMES[{tmp}.cls as usize], {tmp}.py_str(), {tmp}) }}"
        )

    def type_name(self: Translator, val: Val) -> Val:
        """`type(x).__name__`."""
        if isinstance(val.t, OptT) and not isinstance(val.t.inner, (Unknown, OptT)):
            tmp = self.fresh("v")
            inner = self.type_name(Val(tmp, val.t.inner, place=tmp))
            some = f"Some({tmp}) => {{ let {tmp} = {tmp}.clone(); {inner.code} }}"
            return Val(f'match {val.borrow()} {{ {some}, None => "NoneType".to_string() }}', STR)
        if val.t == EXC:
            return Val(f"{val.receiver()}.kind.clone()", STR)
        if isinstance(val.t, ClassT) and len(self.family(val.t.name)) > 1:
            names = f"{rust_ident(val.t.name).upper()}__NAMES"  # the instance's own class
            return Val(f"{names}[{val.receiver()}.cls as usize].to_string()", STR)
        if isinstance(val.t, ObjT):  # the kind of the value it holds now
            return Val(f"{val.receiver()}.type_name_of()", STR)
        if val.t == NUM:
            kind = f'if matches!({val.code}, pyrt::Num::Int(_)) {{ "int" }} else {{ "float" }}'
            return Val(f"{kind}.to_string()", STR)
        name = val.t.python().split("[", 1)[0]
        if isinstance(val.t, OpaqueT):
            name = name.rsplit(".", 1)[-1]  # `re.Match` is printed as `Match`
        if isinstance(val.t, (Unknown, OptT, ObjT)) or " " in name:
            raise Unsupported(None, f"type() of a {val.t.python()} value is not supported yet")
        return Val(f'"{name}".to_string()', STR, ref=f'"{name}"', lit=name)

    # ---------------------------------------------------------------- classes
    def exception_class_stmt(self: Translator, node: ast.ClassDef) -> bool:
        """A `class X(Exception): pass` statement emits nothing."""
        return node.name in self.exc_classes and is_plain_exception_body(node)


_ = (NONE, OptT, Val)


def _jumps(node: ast.Try) -> set[type]:
    """The loop jumps (`break`, `continue`) in a try statement that leave it."""
    found: set[type] = set()
    todo: list[ast.AST] = [node]
    while todo:
        n = todo.pop()
        for child in ast.iter_child_nodes(n):
            if isinstance(child, (ast.Break, ast.Continue)):
                found.add(type(child))
            elif not isinstance(
                child, (ast.For, ast.While, ast.FunctionDef, ast.Lambda, ast.ClassDef)
            ):
                todo.append(child)
            elif isinstance(child, (ast.For, ast.While)):
                todo.extend(child.orelse)  # a loop's else belongs to the outer loop
    return found

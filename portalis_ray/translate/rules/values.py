"""Emitted Rust expressions with their Python type, and how to embed them."""

from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass

from portalis_ray.translate.rules.types import PyType

# Rust operator precedence, higher binds tighter.
ATOM, UNARY, CAST, MUL, ADD, SHIFT, BAND, BXOR, BOR, CMP, AND, OR, LOWEST = (
    100,
    90,
    85,
    80,
    70,
    60,
    50,
    45,
    40,
    30,
    20,
    10,
    0,
)

# Rust's strict and reserved keywords: never usable as identifiers or crate names.
RUST_KEYWORDS = frozenset(
    [
        "as",
        "async",
        "await",
        "break",
        "const",
        "continue",
        "crate",
        "dyn",
        "else",
        "enum",
        "extern",
        "false",
        "fn",
        "for",
        "if",
        "impl",
        "in",
        "let",
        "loop",
        "match",
        "mod",
        "move",
        "mut",
        "pub",
        "ref",
        "return",
        "self",
        "static",
        "struct",
        "super",
        "trait",
        "true",
        "type",
        "unsafe",
        "use",
        "where",
        "while",
        "abstract",
        "become",
        "box",
        "do",
        "final",
        "macro",
        "override",
        "priv",
        "typeof",
        "unsized",
        "virtual",
        "yield",
        "try",
    ]
)
# Also renamed in generated code: `Self`, the contextual `union`, and `main` (the entry point).
# Names generated code or Rust's prelude already use: a class `Vec` must not shadow them.
_PRELUDE_NAMES = {
    "Vec",
    "String",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "Box",
    "Rc",
    "List",
    "Dict",
    "Set",
    "Tuple",
    "Func",
    "Cell",
    "PyErr",
    "PyResult",
    "Flow",
    "PyRepr",
    "PyFormat",
    "PyLen",
    "PyTruthy",
    "PyContains",
    "PySetHash",
    "Default",
    "Clone",
    "Iterator",
    "ToString",
    "PartialEq",
    "PartialOrd",
    "Eq",
    "Ord",
    "Hash",
}
_RESERVED_IDENTS = RUST_KEYWORDS | _PRELUDE_NAMES | {"Self", "union", "main", "pyrt", "std"}

_NUMERIC_LITERAL = re.compile(r"^-?[0-9][0-9_]*(\.[0-9]+)?([eE][+-]?[0-9]+)?$")


class Unsupported(Exception):
    """A construct the rules backend cannot translate faithfully."""

    def __init__(self, node: ast.AST | None, message: str, code: str = "unsupported") -> None:
        super().__init__(message)
        self.node = node
        self.message = message
        self.code = code


@dataclass
class Val:
    """A Rust expression that evaluates to an owned value of Python type ``t``."""

    code: str
    t: PyType
    prec: int = ATOM
    place: str | None = None  # a borrowable place (variable name) holding the value
    ref: str | None = None  # a ready-made `&` expression (e.g. a &str literal)
    lit: object = None  # the Python constant, when the expression is one

    def wrapped(self, min_prec: int) -> str:
        """The code, parenthesised if it binds looser than ``min_prec``."""
        return self.code if self.prec >= min_prec else f"({self.code})"

    def borrow(self) -> str:
        """A `&T` expression for the value (no clone when it is a place)."""
        if self.ref is not None:
            return self.ref
        if self.place is not None:
            return f"&{self.place}"
        return f"&{self.wrapped(UNARY)}"

    def key(self) -> str:
        """A `&T` for container lookups: str literals become `&String` like the keys."""
        if self.ref is not None and self.place is None and self.t.rust() == "String":
            return f"&{self.wrapped(UNARY)}"
        return self.borrow()

    def receiver(self) -> str:
        """The expression as the receiver of a method call."""
        if self.place is not None:
            return self.place
        if self.code in ("List::new()", "Dict::new()", "Set::new()") and self.t.has_unknown():
            return f"<{self.t.rust()}>::new()"  # nothing else says what the items are
        if _NUMERIC_LITERAL.match(self.code):
            typed = f"{self.code}_{self.t.rust()}"
            return f"({typed})" if typed.startswith("-") else typed
        return self.wrapped(ATOM)

    def str_view(self) -> str:
        """A `&str` view of a str value (for comparisons and patterns)."""
        if isinstance(self.lit, str):
            return self.ref or rust_str_literal(self.lit)
        if self.ref is not None and self.place is None:
            return self.ref
        return f"{self.receiver()}.as_str()"

    def operand(self) -> str:
        """The expression as an operand of a comparison (auto-referenced, no clone)."""
        return self.place if self.place is not None else self.code


def rust_ident(name: str) -> str:
    """A Python identifier as a Rust one (keywords get a trailing underscore).

    Versions of a rebound variable (`x#v1`) shadow it under the same Rust name.
    """
    name = name.split("#", 1)[0]
    return f"{name}_" if name in _RESERVED_IDENTS else name


def rust_str_literal(text: str) -> str:
    """A Rust string literal for ``text``."""
    if text.isprintable() and "\\" not in text and '"' not in text:
        return f'"{text}"'  # nothing to escape (the common case)
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif code < 0x20 or code == 0x7F or 0xD800 <= code <= 0xDFFF or not ch.isprintable():
            if 0xD800 <= code <= 0xDFFF:
                raise Unsupported(None, "string literal contains a lone surrogate")
            out.append(f"\\u{{{code:x}}}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def rust_float_literal(value: float) -> str:
    """A Rust f64 literal that round-trips ``value``."""
    if math.isnan(value):
        return "f64::NAN"
    if value in (float("inf"), float("-inf")):
        return "f64::INFINITY" if value > 0 else "f64::NEG_INFINITY"
    text = repr(value).replace("e+", "e")
    if "." not in text and "e" not in text:
        text += ".0"
    if "e" in text and "." not in text.split("e")[0]:
        mantissa, exp = text.split("e")
        text = f"{mantissa}.0e{exp}"
    return text


def indent(text: str, levels: int = 1) -> str:
    """Indent every line of ``text`` by four spaces per level."""
    pad = "    " * levels
    return "\n".join(pad + line if line else line for line in text.split("\n"))


def keyword_args(
    node: ast.Call, names: list[str], required: int, name: str
) -> list[ast.expr | None]:
    """A call's positional-or-keyword arguments by ``names`` (None where omitted), checked
    as Python checks them."""
    if any(isinstance(a, ast.Starred) for a in node.args) or len(node.args) > len(names):
        raise Unsupported(node, f"{name}() with these arguments is not supported", "type-error")
    out: list[ast.expr | None] = [*node.args, *([None] * (len(names) - len(node.args)))]
    for kw in node.keywords:
        if kw.arg not in names or out[names.index(kw.arg)] is not None:
            raise Unsupported(node, f"{name}() got an unexpected keyword {kw.arg!r}", "type-error")
        out[names.index(kw.arg)] = kw.value
    if any(a is None for a in out[:required]):
        raise Unsupported(node, f"{name}() is missing arguments", "type-error")
    return out

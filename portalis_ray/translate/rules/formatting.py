"""f-strings, str.format, %-formatting and str(): text exactly as CPython makes it."""

from __future__ import annotations

import _string
import ast
import string
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.containers import contains_special_dict, dict_repr
from portalis_ray.translate.rules.types import (
    BIG,
    BOOL,
    FLOAT,
    INT,
    NUM,
    OBJ,
    STR,
    OpaqueT,
    OptT,
    TupleT,
)
from portalis_ray.translate.rules.values import Unsupported, Val, rust_str_literal

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import Translator

_CONVERSIONS = {-1: None, ord("s"): "s", ord("r"): "r", ord("a"): "a"}


def _escape_braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


class FormatMixin:
    """Text formatting, mixed into the Translator."""

    def to_str(self: Translator, val: Val) -> str:
        """``str(val)`` as an owned String expression."""
        if val.t == STR:
            return val.code
        if val.t == INT:
            return f"{val.receiver()}.to_string()"
        return self.repr_code(val, "py_str")

    def repr_code(self: Translator, val: Val, method: str = "py_repr") -> str:
        """``repr(val)`` (or str with ``method="py_str"``) as an owned String expression."""
        special = dict_repr(val)
        if special is not None:
            return special
        if contains_special_dict(val.t):
            raise Unsupported(None, f"printing a {val.t.python()} is not supported yet")
        return f"{val.receiver()}.{method}()"

    def str_arg(self: Translator, node: ast.expr) -> str:
        """A `&str` argument for a str-typed Python expression."""
        val = self.expr(node)
        if val.t != STR:
            val = self.unwrap_opt(val)
        if val.t == OBJ:
            val = self.coerce(val, STR, node)
        if val.t != STR:
            raise Unsupported(node, f"expected a str, got {val.t.python()}", "type-error")
        return val.borrow()

    def formatted_node(
        self: Translator, node: ast.expr, conversion: str | None, spec: str | None
    ) -> str:
        """A replacement field of expression ``node`` as a String expression.

        ``f"{'inf' if d == INF else d}"``: branches of different types are formatted
        each on its own (Python formats whichever value comes out)."""
        if isinstance(node, ast.IfExp):
            try:
                val = self.expr(node)
            except Unsupported as exc:
                if exc.code != "type-conflict":
                    raise
                test = self.cond(node.test)
                body = self.formatted_node(node.body, conversion, spec)
                orelse = self.formatted_node(node.orelse, conversion, spec)
                return f"if {test.code} {{ {body} }} else {{ {orelse} }}"
            return self.formatted(val, conversion, spec, node)
        return self.formatted(self.expr(node), conversion, spec, node)

    def formatted(
        self: Translator, val: Val, conversion: str | None, spec: str | None, node: ast.AST
    ) -> str:
        """One replacement field as a String expression."""
        if conversion == "a":
            raise Unsupported(node, "!a conversion is not supported yet")
        if conversion == "r":
            val = Val(self.repr_code(val), STR)
        elif conversion == "s":
            val = Val(self.to_str(val), STR)
        if spec is None or spec == '""':
            if val.t in (STR, INT):
                return val.code if val.t == STR else f"{val.receiver()}.to_string()"
            return self.to_str(val)
        if isinstance(val.t, OptT) and val.t.inner in (STR, INT, FLOAT, BOOL, NUM, BIG):
            val = self.unwrap_opt(val)  # a spec applies to the value (None has no `.1f`)
        if isinstance(val.t, OpaqueT) and val.t.name.startswith("datetime."):
            return self.fallible(f"pyrt::PyFormat::py_format(&{val.code}, {spec})")  # strftime
        if val.t not in (STR, INT, FLOAT, BOOL, NUM, BIG, OBJ):
            val = Val(self.to_str(self.unwrap_opt(val)), STR)
        return self.fallible(f"pyrt::format_value({val.borrow()}, {spec})")

    def build_format(self: Translator, pieces: list[str | str]) -> Val:
        """Join literal text and String expressions with `format!`."""
        template, args = [], []
        for kind, text in pieces:
            if kind == "lit":
                template.append(_escape_braces(text))
            else:
                template.append("{}")
                args.append(text)
        if not args:
            lit = rust_str_literal("".join(t for k, t in pieces))
            return Val(f"{lit}.to_string()", STR, ref=lit)
        fmt = rust_str_literal("".join(template))
        if fmt == '"{}"':
            return Val(args[0], STR)
        return Val(f"format!({fmt}, {', '.join(args)})", STR)

    def fstring(self: Translator, node: ast.JoinedStr) -> Val:
        """An f-string."""
        pieces = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                pieces.append(("lit", part.value))
                continue
            assert isinstance(part, ast.FormattedValue)
            spec = None
            if part.format_spec is not None:
                spec_val = self.fstring(part.format_spec)  # type: ignore[arg-type]
                spec = spec_val.borrow()
            conversion = _CONVERSIONS[part.conversion]
            pieces.append(("val", self.formatted_node(part.value, conversion, spec)))
        return self.build_format(pieces)

    def str_format_call(self: Translator, fmt: str, node: ast.Call) -> Val:
        """``"literal {} {:spec}".format(args)``, resolved at translation time."""
        node = self.spread_tuples(node)
        stars = [k.value for k in node.keywords if k.arg is None]
        if any(isinstance(a, ast.Starred) for a in node.args) or len(stars) > 1:
            raise Unsupported(node, "str.format(*args/**kwargs) is not supported yet")
        kwargs = {k.arg: k.value for k in node.keywords if k.arg is not None}
        pieces = []
        auto = 0
        try:
            parsed = list(string.Formatter().parse(fmt))
        except ValueError as exc:
            raise Unsupported(node, f"invalid format string: {exc}", "value-error") from exc
        for literal, field, spec, conversion in parsed:
            if literal:
                pieces.append(("lit", literal))
            if field is None:
                continue
            first, rest = _string.formatter_field_name_split(field)
            arg_node: ast.expr | None
            if first == "":
                arg_node = node.args[auto] if auto < len(node.args) else None
                auto += 1
            elif isinstance(first, int):
                arg_node = node.args[first] if first < len(node.args) else None
            elif first in kwargs:
                arg_node = kwargs[first]
            elif stars and isinstance(stars[0], ast.Name):  # `**d`: KeyError if d lacks it
                arg_node = ast.Subscript(stars[0], ast.Constant(first), ast.Load())
            else:
                arg_node = None
            if arg_node is None:
                raise Unsupported(
                    node,
                    f"format field '{field}' has no argument (IndexError in Python)",
                    "index-error",
                )
            for is_attr, key in rest:  # `{p.x}`, `{row[0]}`, `{cfg[name]}`
                arg_node = (
                    ast.Attribute(arg_node, key, ast.Load())
                    if is_attr
                    else ast.Subscript(arg_node, ast.Constant(key), ast.Load())
                )
            ast.fix_missing_locations(ast.copy_location(arg_node, node))
            if spec and "{" in spec:
                raise Unsupported(
                    node, "nested replacement fields in str.format are not supported yet"
                )
            val = self.expr(arg_node)
            spec_code = rust_str_literal(spec) if spec else None
            pieces.append(("val", self.formatted(val, conversion, spec_code, node)))
        return self.build_format(pieces)

    def percent_format(self: Translator, left: Val, right: Val, node: ast.AST) -> Val:
        """``"fmt" % args`` with a literal format string."""
        if not isinstance(left.lit, str):
            raise Unsupported(node, "%-formatting needs a literal format string")
        fmt = left.lit
        if isinstance(right.t, TupleT):
            tmp = self.fresh("args")
            values = [Val(f"{tmp}.{i}", t, place=f"{tmp}.{i}") for i, t in enumerate(right.t.items)]
            prelude = f"let {tmp} = {right.code}; "
        else:
            values, prelude = [right], ""
        pieces: list[tuple[str, str]] = []
        i, arg = 0, 0
        while i < len(fmt):
            ch = fmt[i]
            if ch != "%":
                j = fmt.find("%", i)
                j = len(fmt) if j < 0 else j
                pieces.append(("lit", fmt[i:j]))
                i = j
                continue
            j = i + 1
            while j < len(fmt) and fmt[j] in "-+ #0123456789.":
                j += 1
            if j >= len(fmt):
                raise Unsupported(node, "incomplete format", "value-error")
            conv, flags = fmt[j], fmt[i + 1 : j]
            i = j + 1
            if conv == "%":
                pieces.append(("lit", "%"))
                continue
            if arg >= len(values):
                raise Unsupported(node, "not enough arguments for format string", "type-error")
            val = values[arg]
            arg += 1
            spec = flags.replace("-", "<") if "-" in flags else flags
            if conv in "sr":
                text = Val(self.to_str(val) if conv == "s" else self.repr_code(val), STR)
                spec = spec.lstrip("<")
                spec = ("<" + spec) if "-" in flags else (">" + spec if spec else "")
                pieces.append(
                    (
                        "val",
                        self.formatted(text, None, rust_str_literal(spec) if spec else None, node),
                    )
                )
                continue
            if conv in {"i", "u"}:
                conv = "d"
            if conv not in "dfFeEgGxXoc":
                raise Unsupported(node, f"%{conv} is not supported yet")
            if conv == "d" and val.t == FLOAT:
                val = Val(self.fallible(f"pyrt::int_from_float({val.code})"), INT)
            if conv == "d" and val.t == NUM:
                val = Val(self.fallible(f"pyrt::num_int({val.code})"), INT)
            pieces.append(("val", self.formatted(val, None, rust_str_literal(spec + conv), node)))
        if arg != len(values):
            raise Unsupported(
                node, "not all arguments converted during string formatting", "type-error"
            )
        out = self.build_format(pieces)
        if prelude:
            return Val(f"{{ {prelude}{out.code} }}", STR, 0)
        return out

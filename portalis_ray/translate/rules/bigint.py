"""Python's unbounded ints: where a value may outgrow 64 bits, and the Rust that keeps it exact.

Most ints stay `i64` (an overflow there raises `OverflowError`, never wraps). A value
becomes `pyrt::Int` (``BIG``, arbitrary precision) where the program shows it can grow:

- a literal or a constant expression beyond 64 bits (`2**64`, `62**11`, `(1 << 64) - 1`);
- `a ** b` with an exponent that is not a small constant; `math.factorial/comb/perm`;
- growth marked by `mark_growth` before translation: a product accumulated in a loop
  (`result *= i`, `x = x * y`, `n = n * base + digit`), a pair that sums itself forward
  (`a, b = b, a + b`), and a recursive function combining its own results
  (`fib(n - 1) + fib(n - 2)`, `n * fact(n - 1)`, `a * a` on what a recursive call returned).

Inference then spreads the wider kind: an int slot that receives one becomes one, and
where an `i64` is needed (an index, a range bound) the value is converted with a check.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.types import BIG, BOOL, FLOAT, INT, PyType
from portalis_ray.translate.rules.values import Unsupported, Val
from portalis_ray.translate.rules.walk import walk

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import Translator

GROWS_ATTR = "_portalis_grows"
I64_MIN, I64_MAX = -(2**63), 2**63 - 1
MAX_FOLD_BITS = 1 << 15  # constant expressions larger than this are computed at run time

_BIG_METHODS = {
    ast.Add: "add",
    ast.Sub: "sub",
    ast.Mult: "mul",
    ast.BitAnd: "bitand",
    ast.BitOr: "bitor",
    ast.BitXor: "bitxor",
}
_BIG_FALLIBLE = {ast.FloorDiv: "floordiv", ast.Mod: "modulo", ast.Pow: "pow"}
_BIG_SHIFTS = {ast.LShift: "shl", ast.RShift: "shr"}


def fits_i64(v: int) -> bool:
    return I64_MIN <= v <= I64_MAX


def big_literal(v: int) -> Val:
    """A `pyrt::Int` constant."""
    if fits_i64(v):
        return Val(f"pyrt::Int::from_i64({v})", BIG, lit=v)
    return Val(f'pyrt::Int::from_lit("{v}")', BIG, lit=v)


def _fold(kind: type, a: int, b: int) -> int | None:
    """``a op b`` for int constants, or None where Python would raise or the result is huge."""
    if kind is ast.Add:
        return a + b
    if kind is ast.Sub:
        return a - b
    if kind is ast.Mult:
        return a * b
    if kind is ast.Pow:
        if b < 0 or (abs(a) > 1 and b * max(abs(a).bit_length(), 1) > MAX_FOLD_BITS):
            return None
        return a**b
    if kind is ast.LShift:
        return a << b if 0 <= b <= MAX_FOLD_BITS else None
    if kind is ast.RShift:
        return a >> b if b >= 0 else None
    if kind in (ast.FloorDiv, ast.Mod):
        if b == 0:
            return None
        return a // b if kind is ast.FloorDiv else a % b
    if kind is ast.BitAnd:
        return a & b
    if kind is ast.BitOr:
        return a | b
    if kind is ast.BitXor:
        return a ^ b
    return None


def int_lit(val: Val) -> int | None:
    lit = val.lit
    return lit if isinstance(lit, int) and not isinstance(lit, bool) else None


def fold_constants(kind: type, left: Val, right: Val) -> Val | None:
    """Fold an int constant expression that involves or yields a value beyond 64 bits."""
    a, b = int_lit(left), int_lit(right)
    if a is None or b is None:
        return None
    v = _fold(kind, a, b)
    if v is None:
        return None
    if fits_i64(v):
        if BIG in (left.t, right.t):
            return Val(str(v), INT, lit=v)
        return None  # plain i64 arithmetic, emitted as written
    return big_literal(v)


def grows(node: ast.AST) -> bool:
    return bool(getattr(node, GROWS_ATTR, False))


# ---------------------------------------------------------------- growth analysis
def _calls(node: ast.AST, fname: str) -> bool:
    return any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == fname
        for n in ast.walk(node)
    )


def _is_const(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) or (
        isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant)
    )


def _is_unit(node: ast.AST) -> bool:
    """1 or -1: `sign *= -1` flips, it does not grow."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    return isinstance(node, ast.Constant) and node.value == 1


def _mark(node: ast.AST) -> None:
    setattr(node, GROWS_ATTR, True)


def _mark_assign(target: ast.expr, value: ast.expr) -> None:
    names = {
        t.id
        for t in (target.elts if isinstance(target, ast.Tuple) else [target])
        if isinstance(t, ast.Name)
    }
    pairs = isinstance(value, ast.Tuple) and isinstance(target, ast.Tuple)
    values = value.elts if pairs else [value]
    for v in values:
        if isinstance(v, ast.BinOp) and isinstance(v.op, (ast.Add, ast.Sub)):
            # n = n * base + digit: the product grows
            v = next((o for o in (v.left, v.right) if _is_product(o)), v)
        if not isinstance(v, ast.BinOp) or not isinstance(v.op, (ast.Add, ast.Mult)):
            continue
        operands = [v.left, v.right]
        named = [o for o in operands if isinstance(o, ast.Name) and o.id in names]
        if isinstance(v.op, ast.Mult) and named and not any(_is_unit(o) for o in operands):
            _mark(v)  # x = x * y
        elif isinstance(v.op, ast.Add) and len(named) == 2 and isinstance(target, ast.Tuple):
            _mark(v)  # a, b = b, a + b


def _is_product(node: ast.expr) -> bool:
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult)


def _mark_recursive(fn: ast.FunctionDef) -> None:
    """A recursive function that adds or multiplies what its own calls return."""
    own = [n for n in walk(fn) if n is not fn]
    if not any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == fn.name
        for n in own
    ):
        return
    for node in own:
        if not isinstance(node, ast.BinOp):
            continue
        product = isinstance(node.op, ast.Mult) and not (
            _is_const(node.left) or _is_const(node.right)
        )
        if product or (
            isinstance(node.op, ast.Add)
            and _calls(node.left, fn.name)
            and _calls(node.right, fn.name)
        ):
            _mark(node)


def _mark_statements(body: list[ast.stmt], loops: int) -> None:
    """Walk statements only (expressions hold none), counting the loops around them."""
    for stmt in body:
        if isinstance(stmt, ast.FunctionDef):
            _mark_recursive(stmt)
            _mark_statements(stmt.body, 0)
        elif isinstance(stmt, (ast.For, ast.While)):
            _mark_statements(stmt.body, loops + 1)
            _mark_statements(stmt.orelse, loops)
        elif isinstance(stmt, ast.AugAssign):
            if (
                loops
                and isinstance(stmt.op, (ast.Mult, ast.Pow))
                and isinstance(stmt.target, ast.Name)
                and not _is_unit(stmt.value)
            ):
                _mark(stmt)
        elif isinstance(stmt, ast.Assign):
            if loops and len(stmt.targets) == 1:
                _mark_assign(stmt.targets[0], stmt.value)
        else:
            for field in ("body", "orelse", "finalbody"):
                inner = getattr(stmt, field, None)
                if isinstance(inner, list):
                    _mark_statements(inner, 0 if isinstance(stmt, ast.ClassDef) else loops)
            for part in getattr(stmt, "handlers", []) + getattr(stmt, "cases", []):
                _mark_statements(part.body, loops)


def mark_growth(tree: ast.Module) -> None:
    """Mark the operations whose int results may outgrow 64 bits (see the module doc)."""
    _mark_statements(tree.body, 0)


# ---------------------------------------------------------------- emission
class BigIntMixin:
    """Arithmetic on `pyrt::Int`, mixed into the Translator."""

    def to_big(self: Translator, val: Val) -> Val:
        """An int or bool as a `pyrt::Int`."""
        if val.t == BIG:
            return val
        v = int_lit(val)
        if v is not None:
            return big_literal(v)
        return Val(f"pyrt::Int::from({val.code})", BIG)

    def big_binop(self: Translator, op: ast.operator, left: Val, right: Val, node: ast.AST) -> Val:
        """``left op right`` where an operand is (or the result may become) a big int."""
        kind = type(op)
        if kind in _BIG_SHIFTS:
            a, n = self.to_big(left), self.coerce(right, INT, node)
            return Val(self.fallible(f"{a.receiver()}.{_BIG_SHIFTS[kind]}({n.code})"), BIG)
        if kind is ast.Pow and int_lit(right) is not None and int_lit(right) < 0:
            a, b = self.coerce(left, FLOAT), self.coerce(right, FLOAT)
            return Val(self.fallible(f"pyrt::pow_float({a.code}, {b.code})"), FLOAT)
        a, b = self.to_big(left), self.to_big(right)
        if kind is ast.Div:
            return Val(self.fallible(f"pyrt::Int::truediv({a.borrow()}, {b.borrow()})"), FLOAT)
        if kind in _BIG_METHODS:
            return Val(f"pyrt::Int::{_BIG_METHODS[kind]}({a.borrow()}, {b.borrow()})", BIG)
        if kind in _BIG_FALLIBLE:
            code = f"pyrt::Int::{_BIG_FALLIBLE[kind]}({a.borrow()}, {b.borrow()})"
            return Val(self.fallible(code), BIG)
        raise Unsupported(node, f"operator {kind.__name__} on big ints is not supported")

    def wants_big(self: Translator, op: ast.operator, left: Val, right: Val, node: ast.AST) -> bool:
        """Whether int arithmetic ``left op right`` is done on big ints."""
        lt, rt = left.t, right.t
        if FLOAT in (lt, rt):
            return False  # int with float is float: the big int converts, rounding once
        if BIG in (lt, rt):
            return True
        if lt not in (INT, BOOL) or rt not in (INT, BOOL):
            return False
        if isinstance(op, ast.Pow):
            exp = int_lit(right)
            return exp is None or exp >= 64
        if isinstance(op, ast.LShift):  # `1 << (bits - 1)`: as wide as the shift says
            shift = int_lit(right)
            return shift is None or shift >= 63
        return grows(node) and isinstance(op, (ast.Add, ast.Mult, ast.Pow))

    def big_unary(self: Translator, op: ast.unaryop, operand: Val) -> Val:
        if isinstance(op, ast.UAdd):
            return operand
        lit = int_lit(operand)
        if isinstance(op, ast.USub):
            return big_literal(-lit) if lit is not None else Val(f"{operand.receiver()}.neg()", BIG)
        return Val(f"{operand.receiver()}.invert()", BIG)


def big_coercion(tr: Translator, val: Val, target: PyType) -> Val | None:
    """Conversions to and from `pyrt::Int`; None when neither side is one."""
    if target == BIG and val.t in (INT, BOOL):
        return tr.to_big(val)
    if val.t == BIG and target == INT:
        lit = int_lit(val)
        if lit is not None and fits_i64(lit):
            return Val(str(lit), INT, lit=lit)
        return Val(tr.fallible(f"{val.receiver()}.to_i64()"), INT)
    if val.t == BIG and target == FLOAT:
        return Val(tr.fallible(f"{val.receiver()}.to_f64()"), FLOAT)
    return None


def constant_value(node: ast.expr) -> object:
    """The value of an expression made only of literals and operators (`"ff" * 20`), or
    None."""
    allowed = (ast.Constant, ast.BinOp, ast.UnaryOp, ast.operator, ast.unaryop, ast.expr_context)
    if not all(isinstance(n, allowed) for n in ast.walk(node)):
        return None
    try:
        return eval(compile(ast.Expression(node), "<const>", "eval"), {"__builtins__": {}})
    except Exception:
        return None

"""`@functools.cache` / `@lru_cache` on top-level functions: a memo table per function.

The decorator is taken off before translation and the function marked; its body is
emitted as `NAME__body` and `NAME` becomes a wrapper that looks the arguments up in a
thread-local `pyrt::Dict` first. Recursive calls go through the wrapper, as in Python.
An `lru_cache(maxsize=N)` with a bound evicts entries; results only differ from an
unbounded table in time, never in output, unless the function has side effects, so
bounded caches are refused (a located diagnostic) when the body prints or mutates globals.
"""

from __future__ import annotations

import ast

MEMO_ATTR = "portalis_memo"


def _memo_decorator(dec: ast.expr) -> str | None:
    """'cache' or 'lru_cache' when ``dec`` is one of functools' caching decorators."""
    target = dec.func if isinstance(dec, ast.Call) else dec
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
    if isinstance(target, ast.Attribute) and not (
        isinstance(target.value, ast.Name) and target.value.id == "functools"
    ):
        return None
    return name if name in ("cache", "lru_cache") else None


def _bounded(dec: ast.expr) -> bool:
    if not isinstance(dec, ast.Call):
        return False
    size = (
        dec.args[0]
        if dec.args
        else next((k.value for k in dec.keywords if k.arg == "maxsize"), None)
    )
    return not (size is None or (isinstance(size, ast.Constant) and size.value is None))


def _has_effects(fn: ast.FunctionDef) -> bool:
    for node in ast.walk(fn):
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            return True
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("print", "input")
        ):
            return True
    return False


def lower_memo(tree: ast.Module) -> None:
    """Strip caching decorators from top-level functions, marking them for memoisation."""
    for stmt in tree.body:
        if not isinstance(stmt, ast.FunctionDef) or len(stmt.decorator_list) != 1:
            continue
        dec = stmt.decorator_list[0]
        if _memo_decorator(dec) is None:
            continue
        if _bounded(dec) and _has_effects(stmt):
            continue  # left decorated: reported as an unsupported decorator
        stmt.decorator_list = []
        setattr(stmt, MEMO_ATTR, True)


def memo_wrapper(rust_name: str, params: list[tuple[str, str]], ret: str) -> str:
    """The wrapper `fn` that consults the memo table before calling `NAME__body`."""
    names = [n for n, _ in params]
    key_t = "(" + "".join(f"{t}, " for _, t in params).rstrip(" ") + ")"
    key = "(" + "".join(f"{n}.clone(), " for n in names).rstrip(" ") + ")"
    sig = ", ".join(f"{n}: {t}" for n, t in params)
    return (
        f"fn {rust_name}({sig}) -> PyResult<{ret}> {{\n"
        f"    thread_local! {{ static MEMO: pyrt::Dict<{key_t}, {ret}> = pyrt::Dict::new(); }}\n"
        f"    let key = {key};\n"
        f"    if let Some(v) = MEMO.with(|m| m.get(&key)) {{\n"
        f"        return Ok(v);\n"
        f"    }}\n"
        f"    let r = {rust_name}__body({', '.join(names)})?;\n"
        f"    MEMO.with(|m| m.set_item(key, r.clone()));\n"
        f"    Ok(r)\n"
        f"}}"
    )

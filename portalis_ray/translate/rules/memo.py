"""`@functools.cache` / `@lru_cache` on top-level functions: a memo table per function.

The decorator is taken off before translation and the function marked; its body is
emitted as `NAME__body` and `NAME` becomes a wrapper that looks the arguments up in a
thread-local `pyrt::Dict` first. Recursive calls go through the wrapper, as in Python.
`pyrt::Memo` keeps CPython's hit/miss counts (`cache_info()`) and, for
`lru_cache(maxsize=N)` (128 when bare), its least-recently-used eviction, so a body with
side effects reruns exactly when CPython's would.
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


def _maxsize(dec: ast.expr) -> str | None:
    """The bound of a caching decorator as Rust (`None`, `Some(128)`), or None when it is
    not a constant."""
    if _memo_decorator(dec) == "cache":
        return "None"
    if not isinstance(dec, ast.Call):
        return "Some(128)"  # bare @lru_cache
    size = (
        dec.args[0]
        if dec.args
        else next((k.value for k in dec.keywords if k.arg == "maxsize"), None)
    )
    if size is None:
        return "Some(128)" if not dec.args and not dec.keywords else "None"
    if isinstance(size, ast.Constant) and size.value is None:
        return "None"
    if isinstance(size, ast.Constant) and type(size.value) is int:
        return f"Some({size.value})"
    return None


def lower_memo(tree: ast.Module) -> None:
    """Strip caching decorators from top-level functions, marking them for memoisation
    with their bound (LRU eviction and hit counts as CPython's, so effects match)."""
    for stmt in tree.body:
        if not isinstance(stmt, ast.FunctionDef) or len(stmt.decorator_list) != 1:
            continue
        dec = stmt.decorator_list[0]
        if _memo_decorator(dec) is None:
            continue
        if isinstance(dec, ast.Call) and any(
            k.arg not in ("maxsize", "typed") for k in dec.keywords
        ):
            continue
        bound = _maxsize(dec)
        if bound is None:
            continue  # left decorated: reported as an unsupported decorator
        stmt.decorator_list = []
        setattr(stmt, MEMO_ATTR, bound)


def memo_table(rust_name: str) -> str:
    """The thread-local `pyrt::Memo` of a memoised function."""
    return f"{rust_name.upper()}__MEMO"


def memo_wrapper(rust_name: str, params: list[tuple[str, str]], ret: str, bound: str) -> str:
    """The wrapper `fn` that consults the memo table before calling `NAME__body`."""
    names = [n for n, _ in params]
    key_t = "(" + "".join(f"{t}, " for _, t in params).rstrip(" ") + ")"
    key = "(" + "".join(f"{n}.clone(), " for n in names).rstrip(" ") + ")"
    sig = ", ".join(f"{n}: {t}" for n, t in params)
    table = memo_table(rust_name)
    return (
        f"thread_local! {{ static {table}: pyrt::Memo<{key_t}, {ret}> = "
        f"pyrt::Memo::new({bound}); }}\n"
        f"fn {rust_name}({sig}) -> PyResult<{ret}> {{\n"
        f"    let key = {key};\n"
        f"    if let Some(v) = {table}.with(|m| m.lookup(&key)) {{\n"
        f"        return Ok(v);\n"
        f"    }}\n"
        f"    let r = {rust_name}__body({', '.join(names)})?;\n"
        f"    {table}.with(|m| m.store(key, r.clone()));\n"
        f"    Ok(r)\n"
        f"}}"
    )

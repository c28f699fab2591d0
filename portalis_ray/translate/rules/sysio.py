"""`sys.argv`, `sys.stdin`, `sys.stdout`, `sys.stderr`: the process's arguments and streams.

`sys.stdin` reads text the way CPython's text mode does (universal newlines: `\\r\\n` reads
as `\\n`), from the same buffer `input()` uses; `sys.stdout.write` goes through the same
buffer as `print`, so the two interleave as in Python.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.types import INT, NONE, STR, ListT, OpaqueT
from portalis_ray.translate.rules.values import Unsupported, Val

if TYPE_CHECKING:
    from portalis_ray.translate.rules.translator import Translator

STDIN = OpaqueT("sys.stdin", "pyrt::Stdin")
STDOUT = OpaqueT("sys.stdout", "pyrt::Stdout")
STDERR = OpaqueT("sys.stderr", "pyrt::Stderr")

SYS_CONSTANTS: dict[tuple[str, str], Val] = {
    ("sys", "argv"): Val("pyrt::argv()", ListT(STR)),
    ("sys", "stdin"): Val("pyrt::Stdin", STDIN),
    ("sys", "stdout"): Val("pyrt::Stdout", STDOUT),
    ("sys", "stderr"): Val("pyrt::Stderr", STDERR),
}


def _no_args(node: ast.Call, what: str) -> None:
    if node.args or node.keywords:
        raise Unsupported(node, f"{what}() with arguments is not supported yet")


def _read(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    _no_args(node, "sys.stdin.read")
    return Val("pyrt::stdin_read()", STR)


def _readline(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    _no_args(node, "sys.stdin.readline")
    return Val("pyrt::stdin_readline()", STR)


def _readlines(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    _no_args(node, "sys.stdin.readlines")
    return Val("pyrt::stdin_readlines()", ListT(STR))


def _writer(err: bool):
    def emit(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
        if len(node.args) != 1 or node.keywords:
            raise Unsupported(node, "write() takes exactly one argument", "type-error")
        text = tr.str_arg(node.args[0])
        return Val(f"pyrt::write_stream({text}, {'true' if err else 'false'})", INT)

    return emit


def _flush(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    _no_args(node, "flush")
    return Val("pyrt::flush_stdout()", NONE)


SYS_METHODS: dict[str, dict] = {
    "sys.stdin": {"read": _read, "readline": _readline, "readlines": _readlines},
    "sys.stdout": {"write": _writer(False), "flush": _flush},
    "sys.stderr": {"write": _writer(True), "flush": _flush},
}

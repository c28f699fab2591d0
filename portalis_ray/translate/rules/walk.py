"""Walking trees, for the passes that walk whole modules.

`statements` visits the statements alone: expressions hold none, so a search for a kind of
statement (a `def`, an `import`) need not visit them, and they are most of a tree's nodes.
`walk` and `children` are `ast.walk` and `ast.iter_child_nodes` (same nodes, same order)
without the generators those build for every node.
"""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Iterator

# The fields that hold statements (`handlers` and `cases` one level down).
_BLOCKS = frozenset(("body", "orelse", "finalbody", "handlers", "cases"))


def statements(tree: ast.Module | ast.stmt) -> Iterator[ast.stmt]:
    """The statements in ``tree`` (``tree`` too, when it is one), in `ast.walk`'s order."""
    todo: deque[ast.AST] = deque([tree])
    while todo:
        node = todo.popleft()
        for field in node._fields:
            if field in _BLOCKS:
                todo.extend(getattr(node, field))
        if isinstance(node, ast.stmt):
            yield node


def children(node: ast.AST) -> list[ast.AST]:
    """``ast.iter_child_nodes(node)`` as a list, without its generators (faster)."""
    out: list[ast.AST] = []
    for field in node._fields:
        value = getattr(node, field, None)
        if isinstance(value, ast.AST):
            out.append(value)
        elif isinstance(value, list):
            out += [v for v in value if isinstance(v, ast.AST)]
    return out


def walk(tree: ast.AST) -> Iterator[ast.AST]:
    """``ast.walk(tree)``: the same nodes in the same order, faster."""
    todo: deque[ast.AST] = deque([tree])
    while todo:
        node = todo.popleft()
        for field in node._fields:
            value = getattr(node, field, None)
            if isinstance(value, ast.AST):
                todo.append(value)
            elif isinstance(value, list):
                for v in value:
                    if isinstance(v, ast.AST):
                        todo.append(v)
        yield node

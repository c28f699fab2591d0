"""Breadth-first search utilities."""

from collections import deque

from graphs.graph import Graph


def bfs_order(g: Graph, start: str) -> list[str]:
    seen: set[str] = {start}
    order: list[str] = []
    queue: deque[str] = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in g.neighbors(node):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def hop_path(g: Graph, start: str, goal: str) -> list[str]:
    parent: dict[str, str] = {}
    seen: set[str] = {start}
    queue: deque[str] = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = [goal]
            while path[-1] != start:
                path.append(parent[path[-1]])
            path.reverse()
            return path
        for nxt in g.neighbors(node):
            if nxt not in seen:
                seen.add(nxt)
                parent[nxt] = node
                queue.append(nxt)
    return []


def components(g: Graph) -> list[list[str]]:
    seen: set[str] = set()
    result: list[list[str]] = []
    for node in g.nodes():
        if node in seen:
            continue
        comp = bfs_order(g, node)
        seen.update(comp)
        result.append(sorted(comp))
    return result

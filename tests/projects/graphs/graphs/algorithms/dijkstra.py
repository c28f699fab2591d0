"""Dijkstra's shortest paths using heapq."""

import heapq

from graphs.graph import Graph

INF = 1 << 60


def shortest_paths(g: Graph, source: str) -> tuple[dict[str, int], dict[str, str]]:
    dist: dict[str, int] = {n: INF for n in g.nodes()}
    prev: dict[str, str] = {}
    dist[source] = 0
    heap: list[tuple[int, str]] = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue
        for nxt in g.neighbors(node):
            nd = d + g.weight(node, nxt)
            if nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def shortest_path(g: Graph, source: str, target: str) -> tuple[int, list[str]]:
    dist, prev = shortest_paths(g, source)
    if dist[target] == INF:
        return -1, []
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return dist[target], path[::-1]

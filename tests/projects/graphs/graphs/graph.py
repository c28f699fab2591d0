"""Undirected weighted graph backed by adjacency lists."""


class Graph:
    def __init__(self) -> None:
        self.adj: dict[str, list[str]] = {}
        self.weights: dict[tuple[str, str], int] = {}

    def add_node(self, node: str) -> None:
        if node not in self.adj:
            self.adj[node] = []

    def add_edge(self, a: str, b: str, weight: int = 1) -> None:
        self.add_node(a)
        self.add_node(b)
        if b not in self.adj[a]:
            self.adj[a].append(b)
        if a not in self.adj[b]:
            self.adj[b].append(a)
        self.weights[(a, b)] = weight
        self.weights[(b, a)] = weight

    def neighbors(self, node: str) -> list[str]:
        return sorted(self.adj.get(node, []))

    def weight(self, a: str, b: str) -> int:
        return self.weights[(a, b)]

    def nodes(self) -> list[str]:
        return sorted(self.adj.keys())

    def edge_count(self) -> int:
        return len(self.weights) // 2

    def degree(self, node: str) -> int:
        return len(self.adj[node])

import helpers
from graphs import Graph
from graphs.algorithms import bfs_order, components, hop_path, shortest_path
from graphs.algorithms.dijkstra import INF, shortest_paths

EDGES = "A-B:4, A-C:1, C-B:2, B-D:5, C-D:8, D-E:3, E-F:1, C-F:12, X-Y:2"


def main() -> None:
    g = Graph()
    for a, b, w in helpers.parse_edges(EDGES):
        g.add_edge(a, b, w)
    g.add_node("Z")
    print(helpers.banner("graph"))
    print(f"nodes={len(g.nodes())} edges={g.edge_count()}")
    for node in g.nodes():
        print(f"  {node}: deg={g.degree(node)} nbrs={','.join(g.neighbors(node))}")
    print(helpers.banner("bfs"))
    print("order from A:", helpers.fmt_path(bfs_order(g, "A")))
    print("hops A->F:", helpers.fmt_path(hop_path(g, "A", "F")))
    print("hops A->Y:", helpers.fmt_path(hop_path(g, "A", "Y")))
    for i, comp in enumerate(components(g)):
        print(f"component {i}: {comp}")
    print(helpers.banner("dijkstra"))
    dist, _ = shortest_paths(g, "A")
    for node in g.nodes():
        d = dist[node]
        print(f"  A->{node}: {'inf' if d == INF else d}")
    for target in ["F", "Y"]:
        cost, path = shortest_path(g, "A", target)
        print(f"best A->{target}: cost={cost} path={helpers.fmt_path(path)}")


if __name__ == "__main__":
    main()

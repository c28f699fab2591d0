# Dijkstra on a small road network using a plain list scan instead of a heap.

ROADS = [
    ("Avon", "Bexley", 7), ("Avon", "Carlow", 9), ("Avon", "Fenwick", 14),
    ("Bexley", "Carlow", 10), ("Bexley", "Dunmore", 15), ("Carlow", "Dunmore", 11),
    ("Carlow", "Fenwick", 2), ("Dunmore", "Elgin", 6), ("Elgin", "Fenwick", 9),
    ("Gorey", "Hythe", 3),
]
TOLL_TOWNS = ["Carlow"]
TOLL = 4


def build_graph(roads, one_way=False):
    graph = {}
    for a, b, km in roads:
        graph.setdefault(a, {})[b] = km
        graph.setdefault(b, {})
        if not one_way:
            graph[b][a] = km
    return graph


def dijkstra(graph, source, avoid=None):
    if source not in graph:
        return {}, {}
    dist = {source: 0}
    prev = {}
    done = []
    while True:
        frontier = [(d, node) for node, d in dist.items() if node not in done]
        if not frontier:
            break
        d, node = min(frontier)
        done.append(node)
        for nxt, km in sorted(graph[node].items()):
            if avoid is not None and nxt == avoid:
                continue
            extra = TOLL if nxt in TOLL_TOWNS else 0
            candidate = d + km + extra
            if nxt not in dist or candidate < dist[nxt]:
                dist[nxt] = candidate
                prev[nxt] = node
    return dist, prev


def route(prev, source, target):
    if target != source and target not in prev:
        return None
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    path.reverse()
    return path


def describe(graph, source, target, avoid=None):
    dist, prev = dijkstra(graph, source, avoid=avoid)
    path = route(prev, source, target)
    label = f"{source} -> {target}" + (f" avoiding {avoid}" if avoid is not None else "")
    if path is None:
        print(f"{label:<36} unreachable")
        return -1
    print(f"{label:<36} {dist[target]:>3} km  via {' > '.join(path)}")
    return dist[target]


def main():
    graph = build_graph(ROADS)
    towns = sorted(graph)
    print("towns:", ", ".join(towns))
    print("degree:", {t: len(graph[t]) for t in towns})
    total = 0
    for src, dst in [("Avon", "Elgin"), ("Avon", "Dunmore"), ("Elgin", "Bexley"), ("Avon", "Avon"), ("Avon", "Hythe")]:
        total += max(0, describe(graph, src, dst))
    describe(graph, "Avon", "Elgin", avoid="Fenwick")
    describe(graph, "Avon", "Elgin", avoid="Carlow")
    describe(graph, "Zed", "Avon")
    print("sum of reachable route lengths:", total)
    print()
    dist, _ = dijkstra(graph, "Avon")
    width = max(len(t) for t in towns)
    for town in towns:
        d = dist.get(town)
        bar = "" if d is None else "=" * (d // 2)
        shown = "--" if d is None else str(d)
        print(f"  {town:<{width}} {shown:>3} {bar}")
    far = max(dist, key=lambda t: (dist[t], t))
    print(f"farthest from Avon: {far} ({dist[far]} km)")
    one_way = build_graph(ROADS, one_way=True)
    back, _ = dijkstra(one_way, "Bexley")
    print("one-way from Bexley:", sorted(back.items()))
    ecc = {}
    for t in towns:
        dists, _ = dijkstra(graph, t)
        ecc[t] = max(dists.values())
    centre = min(ecc, key=lambda t: (ecc[t], t))
    print("eccentricity:", ecc, "centre:", centre)


if __name__ == "__main__":
    main()

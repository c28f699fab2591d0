import heapq

ROADS = """
Amsterdam Berlin 655
Amsterdam Brussels 210
Amsterdam Paris 505
Berlin Prague 350
Berlin Vienna 680
Brussels Paris 300
Brussels Luxembourg 215
Luxembourg Paris 370
Luxembourg Zurich 410
Paris Lyon 465
Lyon Zurich 410
Zurich Vienna 750
Zurich Milan 280
Prague Vienna 330
Vienna Budapest 245
Milan Venice 270
Venice Vienna 610
"""


def load_graph(text):
    graph = {}
    for line in text.strip().splitlines():
        a, b, w = line.split()
        graph.setdefault(a, {})[b] = int(w)
        graph.setdefault(b, {})[a] = int(w)
    return graph


def dijkstra(graph, source):
    dist = {node: float("inf") for node in graph}
    prev = {node: None for node in graph}
    dist[source] = 0
    heap = [(0, source)]
    visited = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        for nb, w in graph[node].items():
            nd = d + w
            if nd < dist[nb]:
                dist[nb] = nd
                prev[nb] = node
                heapq.heappush(heap, (nd, nb))
    return dist, prev


def path_to(prev, target):
    path = []
    while target is not None:
        path.append(target)
        target = prev[target]
    return path[::-1]


def prim_mst(graph):
    start = min(graph)
    seen = {start}
    edges = [(w, start, nb) for nb, w in graph[start].items()]
    heapq.heapify(edges)
    mst = []
    while edges and len(seen) < len(graph):
        w, a, b = heapq.heappop(edges)
        if b in seen:
            continue
        seen.add(b)
        mst.append((a, b, w))
        for nb, w2 in graph[b].items():
            if nb not in seen:
                heapq.heappush(edges, (w2, b, nb))
    return mst


def floyd_warshall(graph):
    nodes = sorted(graph)
    INF = float("inf")
    d = {a: {b: (0 if a == b else graph[a].get(b, INF)) for b in nodes} for a in nodes}
    for k in nodes:
        for i in nodes:
            for j in nodes:
                if d[i][k] + d[k][j] < d[i][j]:
                    d[i][j] = d[i][k] + d[k][j]
    return d


graph = load_graph(ROADS)
print(f"{len(graph)} cities, {sum(len(v) for v in graph.values()) // 2} roads")
dist, prev = dijkstra(graph, "Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    print(f"  {city:<11} {dist[city]:>5} km  via {' -> '.join(path_to(prev, city))}")

for src, dst in [("Brussels", "Budapest"), ("Milan", "Berlin"), ("Lyon", "Prague")]:
    d, p = dijkstra(graph, src)
    print(f"{src} to {dst}: {d[dst]} km, {len(path_to(p, dst)) - 1} hops")

mst = prim_mst(graph)
print("MST edges:")
for a, b, w in mst:
    print(f"  {a}-{b} ({w})")
print("MST total:", sum(w for _, _, w in mst), "edges:", len(mst))

fw = floyd_warshall(graph)
names = ["Amsterdam", "Paris", "Zurich", "Vienna", "Budapest"]
print(" " * 10 + "".join(f"{n[:6]:>8}" for n in names))
for a in names:
    print(f"{a:<10}" + "".join(f"{fw[a][b]:>8}" for b in names))
consistent = all(fw["Amsterdam"][c] == dist[c] for c in graph)
print("floyd == dijkstra from Amsterdam:", consistent)
ecc = {c: max(fw[c].values()) for c in graph}
center = min(ecc, key=lambda c: (ecc[c], c))
print("graph center:", center, "eccentricity:", ecc[center])
graph["Atlantis"] = {}
d, _ = dijkstra(graph, "Paris")
print("unreachable:", d["Atlantis"], d["Atlantis"] == float("inf"))

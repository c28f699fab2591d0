"""Dijkstra and Bellman-Ford on a small road map; unreachable towns stay at infinity."""
import heapq

INF = float("inf")
ROADS = {
    "ash": [("birch", 7), ("cedar", 9), ("fir", 14)],
    "birch": [("ash", 7), ("cedar", 10), ("dogwood", 15)],
    "cedar": [("ash", 9), ("birch", 10), ("dogwood", 11), ("fir", 2)],
    "dogwood": [("birch", 15), ("cedar", 11), ("elm", 6)],
    "elm": [("dogwood", 6), ("fir", 9)],
    "fir": [("ash", 14), ("cedar", 2), ("elm", 9)],
    "hazel": [],
}


def dijkstra(graph, start):
    dist = {town: INF for town in graph}
    prev = {}
    dist[start] = 0
    queue = [(0, start)]
    while queue:
        d, town = heapq.heappop(queue)
        if d > dist[town]:
            continue
        for nxt, length in graph[town]:
            nd = d + length
            if nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = town
                heapq.heappush(queue, (nd, nxt))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return list(reversed(out))


def bellman_ford(graph, start):
    dist = {town: INF for town in graph}
    dist[start] = 0
    for _ in range(len(graph) - 1):
        for town, edges in graph.items():
            for nxt, length in edges:
                if dist[town] + length < dist[nxt]:
                    dist[nxt] = dist[town] + length
    return dist


dist, prev = dijkstra(ROADS, "ash")
for town in sorted(dist):
    route = " -> ".join(path(prev, town)) if dist[town] != INF else "unreachable"
    print(f"{town:<8} {dist[town]:>5}  {route}")
print("agree:", dist == bellman_ford(ROADS, "ash"))
reachable = {t: d for t, d in dist.items() if d != INF}
print("farthest:", max(reachable, key=reachable.get), "average:", round(sum(reachable.values()) / len(reachable), 2))
print("distances:", sorted(dist.values()))
near = sorted(d for d in dist.values() if d < 10)
far = sorted(d for d in dist.values() if 10 <= d < INF)
print("merged:", list(heapq.merge(near, far)), list(heapq.merge(far, near, reverse=False))[:3])

# Work out a build order for modules (topological sort) and shortest
# dependency chains (breadth-first search).

DEPENDS = {
    "app": ["ui", "net", "log"],
    "ui": ["core", "log"],
    "net": ["core", "crypto"],
    "crypto": ["core"],
    "log": ["core"],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["net"],
}


def topo_order(graph):
    indegree = {name: 0 for name in graph}
    users = {name: [] for name in graph}
    for name, deps in graph.items():
        for d in deps:
            indegree[name] += 1
            users[d].append(name)
    ready = sorted(n for n in graph if indegree[n] == 0)
    order = []
    while ready:
        current = ready.pop(0)
        order.append(current)
        for u in users[current]:
            indegree[u] -= 1
            if indegree[u] == 0:
                ready.append(u)
                ready.sort()
    return order


def shortest_chain(graph, start, goal):
    previous = {start: ""}
    queue = [start]
    while queue:
        node = queue.pop(0)
        if node == goal:
            path = []
            while node:
                path.append(node)
                node = previous[node]
            return path[::-1]
        for nxt in graph[node]:
            if nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    return None


def all_deps(graph, name, seen=None):
    if seen is None:
        seen = set()
    for d in graph[name]:
        if d not in seen:
            seen.add(d)
            all_deps(graph, d, seen)
    return seen


def main():
    order = topo_order(DEPENDS)
    print("Build order:", " -> ".join(order))
    position = {name: i for i, name in enumerate(order)}
    ok = all(position[d] < position[n] for n in DEPENDS for d in DEPENDS[n])
    print("Order respects dependencies:", ok)
    for start, goal in [("tests", "core"), ("app", "crypto"), ("log", "net"), ("ui", "ui")]:
        chain = shortest_chain(DEPENDS, start, goal)
        if chain is None:
            print(f"{start} does not depend on {goal}")
        else:
            print(f"{start} -> {goal}: {chain} ({len(chain) - 1} hops)")
    for name in ["app", "tests", "core"]:
        deps = all_deps(DEPENDS, name)
        print(f"{name} needs {len(deps)}: {sorted(deps)}")
    fan_in = {n: sum(1 for reqs in DEPENDS.values() if n in reqs) for n in DEPENDS}
    print("Fan-in:", fan_in)
    print("Most depended on:", max(fan_in, key=lambda n: fan_in[n]))
    leaves = [n for n in DEPENDS if fan_in[n] == 0]
    print("Top-level modules:", leaves)
    cyclic = dict(DEPENDS)
    cyclic["core"] = ["app"]
    partial = topo_order(cyclic)
    print("With a cycle only", len(partial), "of", len(cyclic), "modules can be ordered:", partial)


if __name__ == "__main__":
    main()

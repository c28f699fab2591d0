# Course planning with Kahn's topological sort, semester levels and cycle detection.

PREREQS = """
calculus1:
calculus2: calculus1
linear_algebra: calculus1
programming1:
programming2: programming1
data_structures: programming2, discrete_math
discrete_math:
algorithms: data_structures, discrete_math, calculus2
machine_learning: linear_algebra, algorithms, statistics
statistics: calculus2
databases: data_structures
compilers: algorithms, programming2
"""

MAX_PER_TERM = 3


def parse(text):
    graph = {}
    for line in text.strip().splitlines():
        course, _, rest = line.partition(":")
        course = course.strip()
        needs = [p.strip() for p in rest.split(",") if p.strip()]
        graph[course] = needs
        for p in needs:
            graph.setdefault(p, [])
    return graph


def topo_order(graph):
    indegree = {node: len(needs) for node, needs in graph.items()}
    unlocks = {node: [] for node in graph}
    for node, needs in graph.items():
        for p in needs:
            unlocks[p].append(node)
    ready = sorted(node for node, deg in indegree.items() if deg == 0)
    order = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for nxt in sorted(unlocks[node]):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
                ready.sort()
    stuck = sorted(node for node, deg in indegree.items() if deg > 0)
    return order, stuck


def depth(node, graph, memo):
    if node in memo:
        return memo[node]
    needs = graph[node]
    d = 0 if not needs else 1 + max(depth(p, graph, memo) for p in needs)
    memo[node] = d
    return d


def plan_terms(graph, order, limit=MAX_PER_TERM):
    done = []
    terms = []
    remaining = list(order)
    while remaining:
        term = []
        for course in remaining:
            if len(term) < limit and all(p in done for p in graph[course]):
                term.append(course)
        if not term:
            break
        for course in term:
            remaining.remove(course)
        done += term
        terms.append(term)
    return terms


def main():
    graph = parse(PREREQS)
    order, stuck = topo_order(graph)
    print("order:", " -> ".join(order))
    print("stuck:", stuck)
    memo = {}
    levels = {}
    for course in order:
        levels.setdefault(depth(course, graph, memo), []).append(course)
    for level in sorted(levels):
        print(f"  level {level}: {', '.join(levels[level])}")
    for limit in [MAX_PER_TERM, 2, 5]:
        terms = plan_terms(graph, order, limit=limit)
        print(f"{len(terms)} terms with at most {limit} courses:")
        for i, term in enumerate(terms, start=1):
            print(f"    term {i}: {term}")
    popular = max(graph, key=lambda c: (sum(1 for needs in graph.values() if c in needs), c))
    print("most required course:", popular)
    graph["calculus1"] = ["statistics"]
    order, stuck = topo_order(graph)
    print(f"with a cycle: ordered {len(order)} of {len(graph)}; stuck: {stuck}")
    graph["calculus1"] = []
    order, stuck = topo_order(graph)
    print(f"cycle removed: ordered {len(order)} of {len(graph)}; last three {order[-3:]}")


if __name__ == "__main__":
    main()

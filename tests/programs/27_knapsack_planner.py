# Pack a hiking backpack: 0/1 knapsack by dynamic programming.

CAPACITY = 13

ITEMS = [
    ("tent", 6, 30),
    ("stove", 3, 14),
    ("water", 4, 16),
    ("food", 5, 22),
    ("camera", 2, 9),
    ("book", 1, 2),
    ("jacket", 3, 12),
    ("rope", 2, 7),
]


def knapsack(items, capacity):
    n = len(items)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        name, weight, value = items[i - 1]
        for w in range(capacity + 1):
            best = table[i - 1][w]
            if weight <= w:
                candidate = table[i - 1][w - weight] + value
                if candidate > best:
                    best = candidate
            table[i][w] = best
    chosen = []
    w = capacity
    for i in range(n, 0, -1):
        if table[i][w] != table[i - 1][w]:
            name, weight, value = items[i - 1]
            chosen.append(name)
            w -= weight
    chosen.reverse()
    return table[n][capacity], chosen, table


def greedy(items, capacity):
    ranked = sorted(items, key=lambda it: it[2] / it[1], reverse=True)
    total_w = 0
    total_v = 0
    picked = []
    for name, weight, value in ranked:
        if total_w + weight <= capacity:
            picked.append(name)
            total_w += weight
            total_v += value
    return total_v, picked


def main():
    best, chosen, table = knapsack(ITEMS, CAPACITY)
    print("Optimal value:", best)
    print("Pack:", chosen)
    lookup = {name: (w, v) for name, w, v in ITEMS}
    weight = sum(lookup[n][0] for n in chosen)
    print(f"Weight used: {weight}/{CAPACITY}")
    g_value, g_items = greedy(ITEMS, CAPACITY)
    print("Greedy value:", g_value, g_items)
    print(f"Greedy is {g_value / best:.2%} of optimal")
    print("Best value by capacity:", table[len(ITEMS)])
    for cap in [0, 1, 5, 10, 20, 31]:
        v, c, _ = knapsack(ITEMS, cap)
        print(f"  cap {cap:>2}: {v:>3} {c}")
    ratios = [(name, round(v / w, 3)) for name, w, v in ITEMS]
    print(sorted(ratios, key=lambda t: t[1], reverse=True))


if __name__ == "__main__":
    main()

# 0/1 knapsack three ways: memoised recursion (dict passed in), DP table, and greedy.

ITEMS = [
    ("tent", 11, 60),
    ("stove", 4, 32),
    ("water", 9, 50),
    ("camera", 3, 35),
    ("book", 2, 8),
    ("jacket", 5, 28),
    ("snacks", 3, 18),
    ("laptop", 7, 40),
    ("first aid", 1, 22),
    ("rope", 4, 12),
]
CAPACITY = 20


def best_value(i, cap, items, memo):
    if i == len(items) or cap == 0:
        return 0
    key = (i, cap)
    if key in memo:
        return memo[key]
    _, weight, value = items[i]
    result = best_value(i + 1, cap, items, memo)
    if weight <= cap:
        result = max(result, value + best_value(i + 1, cap - weight, items, memo))
    memo[key] = result
    return result


def chosen_items(items, cap, memo):
    picks = []
    for i in range(len(items)):
        if best_value(i, cap, items, memo) != best_value(i + 1, cap, items, memo):
            picks.append(items[i][0])
            cap -= items[i][1]
    return picks


def table_value(items, cap):
    dp = [0] * (cap + 1)
    for _, weight, value in items:
        for c in range(cap, weight - 1, -1):
            if dp[c - weight] + value > dp[c]:
                dp[c] = dp[c - weight] + value
    return dp


def greedy(items, cap):
    ranked = sorted(items, key=lambda t: (-t[2] / t[1], t[0]))
    total = 0
    taken = []
    for name, weight, value in ranked:
        if weight > cap:
            continue
        cap -= weight
        total += value
        taken.append(name)
    return total, taken


def main():
    memo = {}
    best = best_value(0, CAPACITY, ITEMS, memo)
    picks = chosen_items(ITEMS, CAPACITY, memo)
    weight = sum(w for n, w, v in ITEMS if n in picks)
    print(f"memo: best value {best} using weight {weight}/{CAPACITY}")
    print("  items:", ", ".join(picks))
    print(f"  memo entries: {len(memo)}, max cached {max(memo.values())}")
    dp = table_value(ITEMS, CAPACITY)
    print("table by capacity:", dp)
    print("table agrees:", dp[CAPACITY] == best)
    g_value, g_items = greedy(ITEMS, CAPACITY)
    print(f"greedy: {g_value} ({g_value / best:.1%} of optimal) items {g_items}")
    print()
    print(f"{'cap':>4} {'best':>5} {'greedy':>7} {'gap':>4}  items")
    for cap in range(0, 31, 5):
        m = {}
        b = best_value(0, cap, ITEMS, m)
        gv, _ = greedy(ITEMS, cap)
        names = chosen_items(ITEMS, cap, m)
        print(f"{cap:>4} {b:>5} {gv:>7} {b - gv:>4}  {'+'.join(sorted(names)) or '-'}")
    marginal = [dp[c] - dp[c - 1] for c in range(1, CAPACITY + 1)]
    print("marginal gains:", marginal)
    jumps = [c for c, gain in enumerate(marginal, start=1) if gain >= 10]
    print("big jumps at capacities:", jumps)
    ratios = sorted(((v / w, n) for n, w, v in ITEMS), reverse=True)
    print("value density:", [f"{n}:{r:.2f}" for r, n in ratios[:5]])


if __name__ == "__main__":
    main()

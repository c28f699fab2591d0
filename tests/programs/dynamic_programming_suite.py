from functools import lru_cache


def lcs(a: str, b: str) -> str:
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = 1 + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
    i = j = 0
    out = []
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def knapsack(items: list[tuple[str, int, int]], capacity: int) -> tuple[int, list[str]]:
    n = len(items)
    dp = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (_, w, v) in enumerate(items, 1):
        for c in range(capacity + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            name, w, _ = items[i - 1]
            chosen.append(name)
            c -= w
    return dp[n][capacity], chosen[::-1]


def coin_change(coins: list[int], amount: int) -> tuple[int, int]:
    INF = float("inf")
    min_coins = [0] + [INF] * amount
    ways = [1] + [0] * amount
    for coin in coins:
        for x in range(coin, amount + 1):
            ways[x] += ways[x - coin]
    for x in range(1, amount + 1):
        for coin in coins:
            if coin <= x and min_coins[x - coin] + 1 < min_coins[x]:
                min_coins[x] = min_coins[x - coin] + 1
    return (min_coins[amount] if min_coins[amount] != INF else -1), ways[amount]


def lis(seq: list[int]) -> list[int]:
    n = len(seq)
    length = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if seq[j] < seq[i] and length[j] + 1 > length[i]:
                length[i] = length[j] + 1
                prev[i] = j
    k = max(range(n), key=lambda i: length[i])
    out = []
    while k != -1:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]


@lru_cache(maxsize=None)
def grid_paths(r: int, c: int) -> int:
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


def max_subarray(xs: list[int]) -> tuple[int, int, int]:
    best, cur, start, best_range = xs[0], 0, 0, (0, 0)
    for i, x in enumerate(xs):
        if cur <= 0:
            cur, start = x, i
        else:
            cur += x
        if cur > best:
            best, best_range = cur, (start, i)
    return best, best_range[0], best_range[1]


def matrix_chain(dims: list[int]) -> int:
    n = len(dims) - 1
    dp = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            dp[i][j] = min(dp[i][k] + dp[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1] for k in range(i, j))
    return dp[0][n - 1]


for a, b in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("dynamic", "programming")]:
    print(f"LCS({a}, {b}) = {lcs(a, b)!r}")
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    print(f"edit({a!r}, {b!r}) = {edit_distance(a, b)}")
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
for cap in (50, 100, 200):
    value, chosen = knapsack(items, cap)
    print(f"knapsack cap={cap}: value={value} items={chosen}")
for coins, amount in [([1, 5, 10, 25], 63), ([2, 5], 3), ([1, 2, 5], 100), ([3, 7], 11)]:
    print(f"coins {coins} amount {amount}: min/ways = {coin_change(coins, amount)}")
print("LIS:", lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))
print("grid paths:", [grid_paths(n, n) for n in range(1, 11)])
print("grid 16x16:", grid_paths(16, 16))
print("max subarray:", max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
print("matrix chain:", matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30]))

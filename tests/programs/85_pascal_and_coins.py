# Pascal's triangle and coin change, two dynamic-programming warm-ups.


def pascal(rows):
    triangle = [[1]]
    for r in range(1, rows):
        prev = triangle[-1]
        row = [1]
        for i in range(1, r):
            row.append(prev[i - 1] + prev[i])
        row.append(1)
        triangle.append(row)
    return triangle


def binomial(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


def min_coins(coins, amount):
    INF = amount + 1
    best = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return best[amount] if best[amount] != INF else -1


def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


def greedy_change(coins, amount):
    used = {}
    for c in sorted(coins, reverse=True):
        if amount >= c:
            used[c], amount = divmod(amount, c)
    return used, amount


def main():
    tri = pascal(10)
    width = len("   ".join(str(v) for v in tri[-1]))
    for row in tri:
        print("   ".join(str(v) for v in row).center(width))
    print("Row sums:", [sum(row) for row in tri])
    print("C(10,3) =", binomial(10, 3), " C(52,5) =", binomial(52, 5), " C(60,30) =", binomial(60, 30))
    print("Row 9 from formula matches:", [binomial(9, k) for k in range(10)] == tri[9])
    odd_counts = [sum(1 for v in row if v % 2 == 1) for row in pascal(16)]
    print("Odd entries per row:", odd_counts)

    print()
    us = [1, 5, 10, 25]
    odd = [1, 3, 4]
    for amount in [6, 30, 63, 99]:
        used, rest = greedy_change(us, amount)
        parts = ", ".join(f"{n}x{c}c" for c, n in used.items())
        print(f"{amount:>3} cents: min {min_coins(us, amount)} coins, {count_ways(us, amount):>4} ways, greedy: {parts}")
    print()
    print("Greedy fails for coins", odd)
    for amount in [6, 10]:
        used, rest = greedy_change(odd, amount)
        greedy_total = sum(used.values())
        print(f"  {amount}: greedy uses {greedy_total}, optimal uses {min_coins(odd, amount)}")
    print("Impossible amount:", min_coins([5, 10], 3))
    print("Ways to make 100 with [1, 2, 5, 10, 20, 50, 100]:", count_ways([1, 2, 5, 10, 20, 50, 100], 100))


if __name__ == "__main__":
    main()

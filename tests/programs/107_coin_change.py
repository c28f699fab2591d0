# Coin change: fewest coins, number of ways, greedy comparison; exit 4 if a till can't pay.
import sys

SYSTEMS = [
    ("us", [1, 5, 10, 25]),
    ("odd", [1, 3, 4]),
    ("euro", [1, 2, 5, 10, 20, 50]),
    ("gappy", [4, 7, 11]),
]
PAYOUTS = [6, 13, 30, 63, 99]


def fewest_coins(coins, amount):
    INF = amount + 1
    best = [0] + [INF] * amount
    last = [0] * (amount + 1)
    for value in range(1, amount + 1):
        for coin in coins:
            if coin <= value and best[value - coin] + 1 < best[value]:
                best[value] = best[value - coin] + 1
                last[value] = coin
    if best[amount] > amount:
        return None
    used = []
    while amount > 0:
        used.append(last[amount])
        amount -= last[amount]
    return sorted(used, reverse=True)


def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for value in range(coin, amount + 1):
            ways[value] += ways[value - coin]
    return ways[amount]


def greedy(coins, amount):
    used = []
    for coin in sorted(coins, reverse=True):
        count, amount = divmod(amount, coin)
        used += [coin] * count
    return used if amount == 0 else None


def describe(used):
    if used is None:
        return "impossible"
    counts = {}
    for c in used:
        counts[c] = counts.get(c, 0) + 1
    return " + ".join(f"{n}x{c}" for c, n in sorted(counts.items(), reverse=True))


def main():
    failures = []
    for name, coins in SYSTEMS:
        print(f"== {name} {coins} ==")
        for amount in PAYOUTS:
            dp = fewest_coins(coins, amount)
            gr = greedy(coins, amount)
            ways = count_ways(coins, amount)
            if dp is None:
                failures.append((name, amount))
                print(f"  {amount:>3}: cannot be paid ({ways} ways)")
                continue
            flag = ""
            if gr is None:
                flag = "  <- greedy fails"
            elif len(gr) > len(dp):
                flag = f"  <- greedy uses {len(gr)}"
            print(f"  {amount:>3}: {len(dp):>2} coins {describe(dp):<22} ways={ways:<6}{flag}")
        unreachable = [v for v in range(1, 30) if fewest_coins(coins, v) is None]
        if unreachable:
            print(f"  unreachable below 30: {unreachable}")
        canonical = all(len(greedy(coins, v) or []) == len(fewest_coins(coins, v) or [])
                        for v in range(1, 60))
        print(f"  greedy always optimal up to 59: {canonical}")
    print("ways to make 100 in us coins:", count_ways([1, 5, 10, 25], 100))
    print("ways to make 200 in uk coins:", count_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))
    if failures:
        print(f"{len(failures)} payouts impossible:", ", ".join(f"{n}:{a}" for n, a in failures))
        sys.exit(4)
    print("all payouts possible")


if __name__ == "__main__":
    main()

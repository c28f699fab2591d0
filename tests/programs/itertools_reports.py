"""Small reports built from itertools: combinations, groupings, running totals."""
import itertools
from itertools import accumulate, chain, combinations, groupby, islice, permutations, product

SALES = [
    ("north", "jan", 120), ("north", "feb", 95), ("north", "mar", 130),
    ("south", "jan", 80), ("south", "feb", 110), ("south", "mar", 70),
    ("west", "jan", 60), ("west", "feb", 65), ("west", "mar", 90),
]


def region_report():
    for region, rows in groupby(sorted(SALES), key=lambda r: r[0]):
        amounts = [amount for _, _, amount in rows]
        running = list(accumulate(amounts))
        print(f"{region:<6} {amounts} running={running} best={max(amounts)}")


def team_pairs(people):
    pairs = list(combinations(people, 2))
    print(f"{len(pairs)} pairs:", ", ".join(f"{a}+{b}" for a, b in pairs))
    orders = list(permutations(people[:3]))
    print(f"{len(orders)} orders of the first three, first two: {orders[:2]}")


def grid(rows, cols):
    cells = [f"{r}{c}" for r, c in product(rows, cols)]
    print("grid:", " ".join(cells))


def first_squares_over(limit, count):
    squares = (n * n for n in itertools.count(1))
    big = (s for s in squares if s > limit)
    return list(islice(big, count))


region_report()
team_pairs(["ana", "ben", "cy", "dee"])
grid("AB", range(1, 4))
print("squares over 50:", first_squares_over(50, 4))
print("chained:", list(chain([1, 2], range(3, 5), [9])))
print("runs:", [(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print("totals by month:", {m: sum(a for _, mm, a in SALES if mm == m) for m in ("jan", "feb", "mar")})
print("products:", list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print("cycle:", list(islice(itertools.cycle("xyz"), 7)))
print("pairs:", list(itertools.pairwise([1, 4, 9, 16])))
print("zip_longest:", list(itertools.zip_longest([1, 2, 3], [10], fillvalue=0)))
print("takewhile:", list(itertools.takewhile(lambda x: x < 10, itertools.count(1, 3))))

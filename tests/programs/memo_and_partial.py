"""Caching, partial application and custom orderings with functools and operator."""
import operator
from functools import cache, cmp_to_key, lru_cache, partial, reduce


@lru_cache(maxsize=None)
def ways(n: int) -> int:
    """Ways to climb n stairs taking 1, 2 or 3 steps."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


@cache
def lcs(a: str, b: str) -> int:
    if not a or not b:
        return 0
    if a[0] == b[0]:
        return 1 + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]))


def scale(factor, value):
    return factor * value


def compare_versions(a: str, b: str) -> int:
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    for x, y in zip(pa, pb):
        if x != y:
            return -1 if x < y else 1
    return len(pa) - len(pb)


print("ways:", [ways(n) for n in range(10)], ways(40))
print("lcs:", lcs("dynamicprogramming", "algorithmdesign"))
double = partial(scale, 2)
triple = partial(scale, value=3)
print("scaled:", [double(x) for x in range(5)], triple(7))
versions = ["1.10", "1.2", "1.2.1", "0.9", "1.2.0", "2.0"]
print("sorted versions:", sorted(versions, key=cmp_to_key(compare_versions)))
versions.sort(key=cmp_to_key(compare_versions), reverse=True)
print("newest first:", versions)
print("product:", reduce(operator.mul, range(1, 11)))
print("joined:", reduce(lambda acc, w: acc + "-" + w, ["a", "b", "c"]))
print("longest:", reduce(lambda a, b: a if len(a) >= len(b) else b, ["pear", "banana", "fig"], ""))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print("by value:", sorted(pairs, key=operator.itemgetter(1)))
print("by key desc:", sorted(pairs, key=operator.itemgetter(0), reverse=True))
print("negated:", list(map(operator.neg, [3, -1, 2])))
print("sum of squares:", sum(map(lambda x: x * x, range(5))))

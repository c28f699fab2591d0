"""Idioms of function-level task suites: imports inside functions, copy.deepcopy of test
inputs, asserts with computed messages, checks through a function value, isinstance on
numbers of either kind, extended slice assignment and tuples sliced by computed bounds."""

from typing import List, Optional, Tuple


def factorize(n: int) -> List[int]:
    import math
    fact = []
    i = 2
    while i <= int(math.sqrt(n) + 1):
        if n % i == 0:
            fact.append(i)
            n //= i
        else:
            i += 1
    if n > 1:
        fact.append(n)
    return fact


def closest_integer(value: str) -> int:
    from math import floor, ceil

    if value.count(".") == 1:
        while value[-1] == "0":
            value = value[:-1]
    num = float(value)
    if value[-2:] == ".5":
        res = ceil(num) if num > 0 else floor(num)
    elif len(value) > 0:
        res = int(round(num))
    else:
        res = 0
    return res


def most_common_letters(text: str) -> List[Tuple[str, int]]:
    import collections

    return collections.Counter(text.replace(" ", "")).most_common(3)


def sort_third(values: list) -> list:
    values = list(values)
    values[::3] = sorted(values[::3])
    return values


def between(p1: str, p2: str) -> Tuple[str, ...]:
    names = ("Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune")
    if p1 not in names or p2 not in names or p1 == p2:
        return ()
    i, j = names.index(p1), names.index(p2)
    if i < j:
        return names[i + 1 : j]
    return names[j + 1 : i]


def any_int(x, y, z) -> bool:
    if isinstance(x, int) and isinstance(y, int) and isinstance(z, int):
        return x + y == z or x + z == y or y + z == x
    return False


def kind(v) -> str:
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, float):
        return "float"
    return "int" if isinstance(v, int) else "other"


def first_even(xs: List[int]) -> Optional[int]:
    for x in xs:
        if x % 2 == 0:
            return x
    return None


def poly(xs: list, x: float) -> float:
    import math
    return sum(coeff * math.pow(x, i) for i, coeff in enumerate(xs))


def normalise(grid: List[List[int]]) -> List[List[int]]:
    import copy

    out = copy.deepcopy(grid)
    for row in out:
        row.sort()
    return out


def shallow_and_deep(grid: List[List[int]]) -> Tuple[List[List[int]], List[List[int]]]:
    import copy

    shallow, deep = copy.copy(grid), copy.deepcopy(grid)
    grid[0].append(99)
    shallow.append([0])
    return shallow, deep


def check(candidate, cases, label):
    print
    passed = 0
    for args, want in cases:
        got = candidate(*args)
        try:
            assert got == want, label + " failed on " + str(args) + ": " + str(got)
            passed += 1
        except AssertionError as err:
            print("AssertionError:", err)
    print(label, passed, "of", len(cases))


check(factorize, [((8,), [2, 2, 2]), ((70,), [2, 5, 7]), ((3 * 19 * 19,), [3, 19, 19])], "factorize")
check(closest_integer, [(("14.5",), 15), (("-15.5",), -16), (("10",), 10), (("15.3",), 15)], "closest")
check(any_int, [((2, 3, 1), True), ((2.5, 2, 3), False), ((3.0, 4, 7), False), ((-4, 6, 2), True)],
      "any_int")
check(sort_third, [(([5, 6, 3, 4, 8, 9, 2],), [2, 6, 3, 4, 8, 9, 5]), (([1, 2, 3],), [1, 2, 4])],
      "sort_third")
check(between, [(("Jupiter", "Neptune"), ("Saturn", "Uranus")), (("Earth", "Mercury"), ("Venus",)),
                (("Earth", "Pluto"), ())], "between")
print(most_common_letters("hello world"))
print([kind(v) for v in (1, 2.0)], kind(True), kind(3))
print(first_even([1, 3, 4]), first_even([1]), isinstance(first_even([1]), int),
      isinstance(first_even([2]), int))
grid = [[3, 1, 2], [9, 7, 8]]
print(normalise(grid), grid)
shared = [5, 4]
twice = normalise([shared, shared])
twice[0].append(0)
print(twice, shared)
print(round(poly([1, 2], 0.5), 6))
print(shallow_and_deep(grid), grid)

xs = list(range(10))
xs[1:8:2] = [0, 0, 0, 0]
xs[::-3] = [7, 7, 7, 7]
print(xs)
try:
    xs[::2] = [1]
except ValueError as err:
    print("ValueError:", err)

"""Shortcuts everyday code takes: a loop over functions, `(a and a.b) or default`, unpacking
an object that defines __iter__, max over a value and a generator, set operations over
several iterables, and next() over a list of optionals."""

import math
import statistics
from dataclasses import dataclass
from typing import Optional


@dataclass
class Address:
    city: str
    postcode: str


@dataclass
class Person:
    name: str
    address: Optional[Address] = None


class Vector:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z


def postcode_or_default(person, default="?????"):
    return (person.address and person.address.postcode) or default


def convert(value):
    for cast in (int, float):
        try:
            return cast(value)
        except ValueError:
            pass
    return math.nan


def halve(x):
    return x / 2


data = [4, 1, 9, 16, 4]
for fn in (statistics.mean, statistics.median, max, min, sum, len):
    print(f"{fn.__name__:>6}: {fn(data)}")
for f in (math.sqrt, math.log2, halve):
    print(f.__name__, round(f(64.0), 4))
print([convert(s) for s in ("12", "1.5", "-3", "x")])

people = [Person("Ann"), Person("Bob", Address("Oslo", "0150")), Person("Cy", Address("Rome", ""))]
print([postcode_or_default(p) for p in people])
print([(p.address and p.address.city) or "nowhere" for p in people])

x, y, z = Vector(1, 2, 3)
print(x + y + z, list(Vector(4, 5, 6)), max(Vector(7, 9, 8)))
try:
    a, b = Vector(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)

columns = ["id", "description"]
rows = [["1", "short"], ["22", "a much longer text"]]
widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(columns)]
print(widths, min(*data), max(3, *[1, 2]))
try:
    max(*[5])
except TypeError as e:
    print("TypeError:", e)

index = {"apple": [1, 2, 3], "red": [2, 3, 5], "ripe": [3, 5]}
query = ["apple", "red", "ripe"]
print(sorted(set(index[query[0]]).intersection(*(index[w] for w in query[1:]))))
print(sorted({1, 2}.union([3], {4}, range(6, 8))), sorted({1, 2, 3}.difference([1], [2])))

maybe = [None, Person("Dee"), None]
first = next((p for p in maybe if p is not None), None)
print(first.name if first else "none", next((p for p in maybe[2:] if p), None))


def integrate(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b) + sum((4 if i % 2 else 2) * f(a + i * h) for i in range(1, n))
    return s * h / 3


cases = [("sin 0..pi", math.sin, 0, math.pi, 2.0),
         ("x^2 0..3", lambda x: x * x, 0, 3, 9.0),
         ("1/x 1..e", lambda x: 1 / x, 1, math.e, 1.0)]
for name, func, a, b, exact in cases:
    approx = integrate(func, a, b)
    print(f"{name:<10} = {approx:.10f}  error {abs(approx - exact):.2e}")

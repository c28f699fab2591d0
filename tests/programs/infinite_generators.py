import itertools
from typing import Iterator, TypeVar
from itertools import islice, count, cycle, takewhile, dropwhile

T = TypeVar("T")


def naturals(start: int = 1) -> Iterator[int]:
    n = start
    while True:
        yield n
        n += 1


def primes() -> Iterator[int]:
    found: list[int] = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def fibonacci() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def collatz(n: int) -> Iterator[int]:
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


def triangular() -> Iterator[int]:
    total = 0
    for n in count(1):
        total += n
        yield total


def take(n: int, it: Iterator[T]) -> list[T]:
    return list(islice(it, n))


print("first 20 primes:", take(20, primes()))
print("primes 100..110 (by index):", list(islice(primes(), 100, 110)))
print("first 15 fibonacci:", take(15, fibonacci()))
print("fib > 1000:", next(f for f in fibonacci() if f > 1000))
print("fib under 100:", list(takewhile(lambda x: x < 100, fibonacci())))
print("triangular:", take(10, triangular()))
print("even triangular:", take(6, (t for t in triangular() if t % 2 == 0)))

for start in (6, 7, 27):
    seq = list(collatz(start))
    print(f"collatz({start}): length={len(seq)} max={max(seq)} head={seq[:8]}")

longest = max(range(1, 1000), key=lambda n: sum(1 for _ in collatz(n)))
print("longest collatz under 1000:", longest)

colors = cycle(["red", "green", "blue"])
print("cycled:", [next(colors) for _ in range(7)])

print("count by 0.5:", take(5, count(1, 0.5)))
print("count down:", take(5, count(10, -3)))
print("dropwhile:", take(5, dropwhile(lambda n: n < 50, naturals())))

pairs = zip(naturals(), "abcde")
print("zip with infinite:", list(pairs))

gen = primes()
print("manual next:", next(gen), next(gen), next(gen))
print("then islice 3:", list(islice(gen, 3)))

twin = ((p, q) for p, q in itertools.pairwise(primes()) if q - p == 2)
print("twin primes:", take(8, twin))

repeated = itertools.repeat("ab", 3)
print("repeat:", "-".join(repeated))

digits_sum = (sum(int(d) for d in str(f)) for f in fibonacci())
print("digit sums of fib:", take(12, digits_sum))

squares_mod = {n * n % 10 for n in islice(naturals(), 100)}
print("last digits of squares:", sorted(squares_mod))

it = iter(take(5, naturals(100)))
for x in it:
    print("consume", x, "skip", next(it, None))

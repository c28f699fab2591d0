"""Arbitrary precision integer arithmetic: factorials, Fibonacci, powers."""
import math


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_fast(n):
    """Fast doubling method."""
    def _fib(k):
        if k == 0:
            return (0, 1)
        a, b = _fib(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        if k % 2 == 0:
            return (c, d)
        return (d, c + d)
    return _fib(n)[0]


def digit_sum(n):
    return sum(int(d) for d in str(n))


def catalan(n):
    return math.comb(2 * n, n) // (n + 1)


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


for n in [0, 1, 5, 10, 20, 21, 25, 30]:
    print(f"{n:>2}! = {factorial(n)}")
f100 = factorial(100)
print("100! has", len(str(f100)), "digits, digit sum", digit_sum(f100))
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print("100! trailing zeros:", trailing)
print("math.factorial agrees:", math.factorial(100) == f100)

for n in [10, 50, 90, 93, 94, 100, 200]:
    print(f"F({n}) = {fib(n)}")
print("fast doubling F(1000) matches:", fib_fast(1000) == fib(1000))
f1000 = fib(1000)
print(f"F(1000) starts {str(f1000)[:20]}... ({len(str(f1000))} digits)")
first = next(i for i in range(1, 10000) if len(str(fib(i))) >= 100)
print("First Fibonacci with 100 digits: index", first)

print("2**64 =", 2 ** 64)
print("2**64 - 1 =", 2 ** 64 - 1, "hex:", hex(2 ** 64 - 1))
print("2**127 - 1 =", 2 ** 127 - 1)
print("3**100 =", 3 ** 100)
print("-(2**70) // 3 =", -(2 ** 70) // 3, " -(2**70) % 3 =", -(2 ** 70) % 3)
print("divmod(10**30, 7**20) =", divmod(10 ** 30, 7 ** 20))
print("pow(2, 10**6, 10**9+7) =", pow(2, 10 ** 6, 10 ** 9 + 7))
print("bit length of 10**50:", (10 ** 50).bit_length())
print("gcd of big numbers:", math.gcd(factorial(30), fib(60)))
print("Catalan numbers:", [catalan(i) for i in range(15)])
print("C(100, 50) =", math.comb(100, 50))
print("Sum of 1/i for i<=20 as int numerator*:", sum(factorial(20) // i for i in range(1, 21)))
longest = max(range(1, 10000), key=collatz_steps)
print(f"Longest Collatz chain below 10000 starts at {longest} ({collatz_steps(longest)} steps)")
mersenne = [p for p in range(2, 130) if all(p % d for d in range(2, p)) and pow(3, 2 ** p - 2, 2 ** p - 1) == 1]
print("Mersenne prime exponents below 130 (Fermat test):", mersenne)
print(f"Formatted with separators: {factorial(25):,}")
print(f"Scientific: {float(factorial(50)):.6e}")

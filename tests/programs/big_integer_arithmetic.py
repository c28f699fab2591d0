"""Unbounded ints: factorials, Fibonacci, powers, and 64-bit hashing with masked intermediates."""

import math

MASK64 = (1 << 64) - 1
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3


def factorial(n: int) -> int:
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fnv1a(text):
    h = FNV_OFFSET
    for ch in text:
        h ^= ord(ch)
        h = (h * FNV_PRIME) & MASK64
    return h


def mul_hi(a, b):
    """High 64 bits of a 128-bit product."""
    return (a * b) >> 64


def to_base62(n):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    digits = []
    while n > 0:
        n, r = divmod(n, 62)
        digits.append(alphabet[r])
    return "".join(reversed(digits))


def from_base62(s):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    n = 0
    for ch in s:
        n = n * 62 + alphabet.index(ch)
    return n


def digit_sum(n):
    return sum(int(d) for d in str(n))


for n in [0, 1, 5, 20, 21, 25, 30]:
    print(f"{n:>2}! = {factorial(n)}")
f100 = factorial(100)
print("100! digits:", len(str(f100)), "digit sum:", digit_sum(f100))
print("100! trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")))
print("math.factorial agrees:", math.factorial(100) == f100)
print("F(90), F(93), F(100):", fib(90), fib(93), fib(100))
print("F(300) mod 10**9+7:", fib(300) % (10**9 + 7))

print("2**64 =", 2**64, "2**64 - 1 =", 2**64 - 1)
print("hex(2**64 - 1):", hex(2**64 - 1), "bin(2**65):", bin(2**65))
print("62**11 =", 62**11, "> 2**63:", 62**11 > 2**63)
print("-(2**70) // 3 =", -(2**70) // 3, "-(2**70) % 3 =", -(2**70) % 3)
print("divmod(10**30, 7**20):", divmod(10**30, 7**20))
print("pow(2, 10**6, 10**9 + 7):", pow(2, 10**6, 10**9 + 7))
print("(10**50).bit_length():", (10**50).bit_length())
print("comb(100, 50):", math.comb(100, 50))
print("gcd(30!, F(60)):", math.gcd(factorial(30), fib(60)))

for word in ["", "a", "portalis", "ray"]:
    print(f"fnv1a({word!r}) = {fnv1a(word):#018x}")
print("mul_hi(2**63 + 5, 2**62 + 7):", mul_hi(2**63 + 5, 2**62 + 7))
big = factorial(25)
print(f"25! with separators: {big:,}")
print(f"25! right aligned: [{big:>40}]")
print(f"50! as float: {float(factorial(50)):.6e}")
print("25! / 7 =", big / 7)
encoded = to_base62(62**11 + 12345)
print("base62:", encoded, "round trip:", from_base62(encoded) == 62**11 + 12345)
powers = [2**k for k in range(60, 70, 3)]
print("powers:", powers, "sum:", sum(powers), "max:", max(powers))
print("sorted:", sorted([3**40, 2**63, -(5**30), 7], reverse=True))
counts = {}
for value in [2**64, 2**64, 3, 2**64 + 1]:
    counts[value] = counts.get(value, 0) + 1
print("counts:", counts)
print("isqrt(10**40 + 1):", math.isqrt(10**40 + 1))
print("~(2**70):", ~(2**70), "(-(2**70)) & MASK64:", (-(2**70)) & MASK64)
print("lcm(1..20):", math.lcm(*range(1, 21)), "gcd(12, 18, 27):", math.gcd(12, 18, 27), math.gcd())
start = 10**20
print("first multiple of 7 from 10**20:", next(k for k in range(start, start + 100) if k % 7 == 0))
print("range past 2**64:", list(range(2**64, 2**64 + 3)), list(range(2**70, 2**70 - 6, -2)))
print("sum(range(2**63, 2**63 + 3)):", sum(range(2**63, 2**63 + 3)))

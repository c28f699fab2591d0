# Number theory toolkit: floor division signs, extended gcd, inverses, CRT; ends in a crash.
import math

MODULI = [3, 5, 7]
PAIRS = [(17, 5), (-17, 5), (17, -5), (-17, -5), (7, 7), (0, 3), (-1, 10)]


def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y


def mod_inverse(a, m):
    g, x, _ = ext_gcd(a % m, m)
    if g != 1:
        return None
    return x % m


def crt(remainders, moduli):
    total = 0
    product = 1
    for m in moduli:
        product *= m
    for r, m in zip(remainders, moduli):
        partial = product // m
        inv = mod_inverse(partial, m)
        if inv is None:
            return None
        total += r * partial * inv
    return total % product


def truncated_div(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def digits_average(n, base=10):
    digits = []
    while n > 0:
        digits.append(n % base)
        n //= base
    return sum(digits) / len(digits)


def main():
    print(f"{'a':>4} {'b':>4} {'a//b':>5} {'a%b':>4} {'trunc':>6} {'divmod':>9} {'a/b':>7}")
    for a, b in PAIRS:
        print(f"{a:>4} {b:>4} {a // b:>5} {a % b:>4} {truncated_div(a, b):>6} {str(divmod(a, b)):>9} {a / b:>7.3f}")
    print("floor/ceil:", [(x, math.floor(x), math.ceil(x)) for x in [2.5, -2.5, -0.1, 3.0]])
    print("round half even:", [round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5]], round(2.675, 2))
    print("int() truncates:", [int(x) for x in [2.9, -2.9, -0.5]])
    for a, b in [(240, 46), (17, 5), (-12, 18), (0, 9)]:
        g, x, y = ext_gcd(a, b)
        ok = a * x + b * y == g
        print(f"ext_gcd({a}, {b}) = {g}, x={x}, y={y}, check {ok}, math.gcd={math.gcd(a, b)}")
    for a, m in [(3, 11), (10, 17), (6, 9), (-3, 7), (1, 1)]:
        inv = mod_inverse(a, m)
        if inv is None:
            print(f"{a} has no inverse mod {m}")
        else:
            print(f"{a}^-1 mod {m} = {inv}, check {(a * inv) % m == 1 % m}")
    for rems in [[2, 3, 2], [1, 1, 1], [0, 4, 6]]:
        x = crt(rems, MODULI)
        print(f"x = {rems} mod {MODULI} -> {x}", [x % m for m in MODULI] if x is not None else [])
    print("crt with shared factor:", crt([1, 2], [4, 6]))
    print("pow mod:", pow(3, 200, 1000003), pow(2, 62), pow(-2, 63) // 2, (-7) ** 3 % 10)
    lcm = 1
    for n in range(1, 21):
        lcm = lcm * n // math.gcd(lcm, n)
    print("lcm(1..20) =", f"{lcm:,}")
    print(f"pi to 5 places {math.pi:.5f}, isclose(22/7, pi, 1e-3) {math.isclose(22 / 7, math.pi, rel_tol=1e-3)}")
    for n in [12345, 999, 7, 0]:
        print(f"digit average of {n}: {digits_average(n):.3f}")


if __name__ == "__main__":
    main()

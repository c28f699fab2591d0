# GCD and LCM: Euclid's algorithm, extended Euclid, fractions and lists.


def gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def gcd_recursive(a, b):
    if b == 0:
        return abs(a)
    return gcd_recursive(b, a % b)


def lcm(a, b):
    if a == 0 or b == 0:
        return 0
    return abs(a * b) // gcd(a, b)


def extended_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = extended_gcd(b, a % b)
    return g, y, x - (a // b) * y


def simplify(num, den):
    g = gcd(num, den)
    num, den = num // g, den // g
    if den < 0:
        num, den = -num, -den
    return num, den


def add_fractions(a, b):
    n1, d1 = a
    n2, d2 = b
    common = lcm(d1, d2)
    return simplify(n1 * (common // d1) + n2 * (common // d2), common)


def main():
    pairs = [(48, 18), (17, 5), (100, 75), (0, 9), (-24, 36), (1071, 462), (270, 192)]
    print(f"{'a':>5} {'b':>5} {'gcd':>5} {'lcm':>7}")
    for a, b in pairs:
        g1 = gcd(a, b)
        g2 = gcd_recursive(a, b)
        assert_ok = "" if g1 == g2 else " MISMATCH"
        print(f"{a:>5} {b:>5} {g1:>5} {lcm(a, b):>7}{assert_ok}")

    print()
    for a, b in [(240, 46), (35, 15), (99, 78)]:
        g, x, y = extended_gcd(a, b)
        print(f"{a}*{x} + {b}*{y} = {a * x + b * y} (gcd {g})")

    print()
    fractions = [(6, 8), (10, -4), (-15, 25), (7, 7), (0, 5)]
    for num, den in fractions:
        n, d = simplify(num, den)
        print(f"{num}/{den} -> {n}/{d}")

    total = (0, 1)
    for f in [(1, 2), (1, 3), (1, 4), (1, 5), (1, 6)]:
        total = add_fractions(total, f)
    print("1/2 + 1/3 + 1/4 + 1/5 + 1/6 =", f"{total[0]}/{total[1]}", round(total[0] / total[1], 5))

    print()
    numbers = [12, 18, 30, 42]
    g = numbers[0]
    m = numbers[0]
    for n in numbers[1:]:
        g = gcd(g, n)
        m = lcm(m, n)
    print("GCD of", numbers, "is", g)
    print("LCM of", numbers, "is", m)
    l20 = 1
    for i in range(1, 21):
        l20 = lcm(l20, i)
    print("Smallest number divisible by 1..20:", l20)
    coprime = [n for n in range(1, 31) if gcd(n, 30) == 1]
    print("Numbers coprime to 30:", coprime, "count:", len(coprime))
    print("Bus schedule: buses every 12 and 20 minutes meet every", lcm(12, 20), "minutes")


if __name__ == "__main__":
    main()

"""A numeric toolkit report: trigonometry, logarithms, rounding, combinatorics and sums."""
import math
import sys

sys.setrecursionlimit(2000)


def trig_table(degrees_list):
    print(f"{'deg':>5} {'rad':>8} {'sin':>8} {'cos':>8} {'tan':>10}")
    for d in degrees_list:
        r = math.radians(d)
        print(f"{d:>5} {r:>8.4f} {math.sin(r):>8.4f} {math.cos(r):>8.4f} {math.tan(r):>10.4f}")


def inverse_checks(values):
    for v in values:
        print(f"asin({v}) = {math.degrees(math.asin(v)):.3f} deg, acos = {math.degrees(math.acos(v)):.3f} deg,"
              f" atan = {math.atan(v):.5f}")
    try:
        math.asin(1.5)
    except ValueError as e:
        print("asin(1.5):", e)


def hyperbolic(x):
    parts = [math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x)]
    print("hyperbolic:", [round(p, 6) for p in parts], round(math.acosh(1 + x), 6), round(math.atanh(x / 2), 6))


def logs_and_powers(x):
    print(f"exp={math.exp(x):.6f} exp2={math.exp2(x):.3f} expm1={math.expm1(1e-8):.3e}")
    print(f"log={math.log(x):.6f} log2={math.log2(x):.6f} log10={math.log10(x):.6f} "
          f"log1p={math.log1p(1e-8):.3e}")


def rounding(values):
    for v in values:
        print(f"{v:>6}: floor={math.floor(v)} ceil={math.ceil(v)} trunc={math.trunc(v)} "
              f"fabs={math.fabs(v)} copysign={math.copysign(3.0, v)}")


def combinatorics(n):
    print(f"C({n},3)={math.comb(n, 3)} P({n},2)={math.perm(n, 2)} isqrt={math.isqrt(n * n + 1)} "
          f"gcd={math.gcd(n, 12)} lcm={math.lcm(n, 12)} {n}!={math.factorial(n)}")


def sums(values):
    print(f"sum={sum(values)!r} fsum={math.fsum(values)!r} prod={math.prod([1, 2, 3, 4])} "
          f"fprod={math.prod([0.5, 4.0])}")


def specials():
    for x in (1.0, math.inf, -math.inf, math.nan):
        print(f"{x!r:>5}: isnan={math.isnan(x)} isinf={math.isinf(x)} isfinite={math.isfinite(x)}")
    print("atan2:", round(math.atan2(1, -1), 6), "hypot:", math.hypot(3, 4), "pi:", round(math.pi, 5))


trig_table([0, 30, 45, 60, 90, 120])
inverse_checks([0.0, 0.5, 1.0])
hyperbolic(0.5)
logs_and_powers(8.0)
rounding([2.5, -2.5, 3.7, -0.2])
combinatorics(10)
sums([0.1] * 10)
specials()
print("fmod:", math.fmod(7.5, 2), math.fmod(-7.5, 2), "vs %:", -7.5 % 2)

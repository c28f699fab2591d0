"""Exact rational arithmetic with fractions.Fraction: recipes, series, continued fractions."""

import math
from fractions import Fraction


def scale_recipe(recipe, servings_from, servings_to):
    factor = Fraction(servings_to, servings_from)
    return {name: qty * factor for name, qty in recipe.items()}


def egyptian(frac):
    """Greedy Egyptian-fraction expansion of 0 < frac < 1."""
    parts = []
    while frac > 0:
        d = math.ceil(Fraction(1) / frac)
        parts.append(Fraction(1, d))
        frac -= Fraction(1, d)
    return parts


def continued_fraction(frac, limit=12):
    terms = []
    while len(terms) < limit:
        whole = math.floor(frac)
        terms.append(whole)
        rest = frac - whole
        if rest == 0:
            break
        frac = 1 / rest
    return terms


def convergents(terms):
    out = []
    for k in range(1, len(terms) + 1):
        value = Fraction(terms[k - 1])
        for t in reversed(terms[: k - 1]):
            value = t + 1 / value
        out.append(value)
    return out


def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))


recipe = {"flour": Fraction(9, 4), "sugar": Fraction(2, 3), "butter": Fraction(1, 2), "eggs": Fraction(2)}
print("recipe for 6 scaled to 4:")
for name, qty in sorted(scale_recipe(recipe, 6, 4).items()):
    print(f"  {name:<7} {str(qty):>5}  ~{float(qty):.3f}")

half = Fraction(1, 2)
third = Fraction(1, 3)
print("arithmetic:", half + third, half - third, half * third, half / third, half ** 3, third ** -2)
print("with ints:", 1 - third, 2 + half, half * 3, 7 // Fraction(2, 3), Fraction(7, 3) % half)
print("with floats:", half + 0.25, third * 1.5, half < 0.6, third > 0.3, half == 0.5)
print("comparisons:", half > third, half <= 1, Fraction(2, 4) == half, sorted([half, third, Fraction(3, 4)]))
print("parsing:", Fraction("3/4"), Fraction(" -1.25 "), Fraction("1e-3"), Fraction(0.125), Fraction(-6, 8))
print("repr:", repr(Fraction(1, 3)), [Fraction(5, 10)], str(Fraction(4, 2)))

h = harmonic(10)
print("H(10) =", h, "=", f"{float(h):.10f}", "num digits:", len(str(h.numerator)), h.denominator)
print("H(30) denominator:", harmonic(30).denominator)

for f in (Fraction(4, 13), Fraction(5, 121), Fraction(3, 7)):
    print(f"egyptian {f}:", " + ".join(str(p) for p in egyptian(f)))

pi_cf = continued_fraction(Fraction(math.pi), 6)
print("pi continued fraction:", pi_cf)
print("pi convergents:", [str(c) for c in convergents(pi_cf)])
print("limit_denominator:", Fraction(math.pi).limit_denominator(1000), Fraction(math.e).limit_denominator(100))
print("rounding:", round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3), int(Fraction(-7, 2)))
print("floor/ceil:", math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)), abs(Fraction(-1, 3)), -half)
print("ratio:", Fraction(6, 9).as_integer_ratio(), max(half, third), min(half, third))
seen = {half: "half", third: "third"}
print("as keys:", seen[Fraction(2, 4)], Fraction(3, 6) in seen, len({half, Fraction(1, 2), third}))

try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("error:", e)
try:
    half / Fraction(0)
except ZeroDivisionError as e:
    print("error:", e)
try:
    Fraction("abc")
except ValueError as e:
    print("error:", e)

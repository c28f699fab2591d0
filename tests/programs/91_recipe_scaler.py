# Recipe scaler using exact fractions stored as (numerator, denominator) tuples.
import math

ML_PER_UNIT = {"cup": 236.588, "tbsp": 14.787, "tsp": 4.929, "ml": 1.0}

RECIPE = """
Pancakes (serves 4)
1 1/2 | cup | flour
3 1/2 | tsp | baking powder
1/4 | tsp | salt
1 | tbsp | sugar
1 1/4 | cup | milk
1 | whole | egg
3 | tbsp | butter
"""


def normalize(num, den):
    if den < 0:
        num, den = -num, -den
    g = math.gcd(num, den)
    return (num // g, den // g)


def parse_amount(text):
    whole = 0
    frac = text
    if " " in text:
        head, _, frac = text.partition(" ")
        whole = int(head)
    if "/" in frac:
        top, _, bottom = frac.partition("/")
        num, den = int(top), int(bottom)
    else:
        num, den = int(frac), 1
    return normalize(whole * den + num, den)


def multiply(a, b):
    return normalize(a[0] * b[0], a[1] * b[1])


def to_mixed(frac):
    num, den = frac
    if den == 1:
        return str(num)
    whole, rem = divmod(num, den)
    if whole == 0:
        return f"{rem}/{den}"
    return f"{whole} {rem}/{den}"


def to_metric(frac, unit):
    factor = ML_PER_UNIT.get(unit)
    if factor is None:
        return None
    return round(frac[0] / frac[1] * factor, 1)


def scale_recipe(text, servings):
    lines = text.strip().splitlines()
    title, _, rest = lines[0].partition(" (serves ")
    base = int(rest.rstrip(")"))
    ratio = normalize(servings, base)
    print(f"{title} for {servings} (x{to_mixed(ratio)})")
    total_ml = 0.0
    for line in lines[1:]:
        amount_text, unit, name = [part.strip() for part in line.split("|")]
        scaled = multiply(parse_amount(amount_text), ratio)
        ml = to_metric(scaled, unit)
        metric = "" if ml is None else f"({ml:.1f} ml)"
        if ml is not None:
            total_ml += ml
        print(f"  {to_mixed(scaled):>7} {unit:<6} {name:<14} {metric}")
    print(f"  total measured volume: {total_ml:,.1f} ml")
    return total_ml


def main():
    volumes = []
    for servings in [4, 2, 6, 10, 1]:
        volumes.append((servings, scale_recipe(RECIPE, servings)))
    print()
    for servings, vol in volumes:
        per = vol / servings
        print(f"{servings:>3} servings: {vol:>8.1f} ml total, {per:.2f} ml each")
    print(parse_amount("2 3/6"), parse_amount("10/4"), to_mixed(parse_amount("7/7")))
    print(normalize(6, -8), multiply((2, 3), (9, 4)), to_mixed((-7, 2)))
    cups = [to_metric((n, 4), "cup") for n in range(1, 5)]
    print("quarter cups:", cups)
    print("pinch:", to_metric((1, 16), "pinch"))
    print(math.isclose(sum(v for _, v in volumes[:2]) * 2, volumes[0][1] * 3, rel_tol=1e-3))


if __name__ == "__main__":
    main()

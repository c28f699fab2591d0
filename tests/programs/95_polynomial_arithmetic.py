# Polynomial arithmetic with coefficient lists (lowest degree first).


def trim(p):
    q = list(p)
    while len(q) > 1 and q[-1] == 0:
        q.pop()
    return q


def add(p, q):
    n = max(len(p), len(q))
    return trim([(p[i] if i < len(p) else 0) + (q[i] if i < len(q) else 0) for i in range(n)])


def scale(p, k):
    return trim([c * k for c in p])


def sub(p, q):
    return add(p, scale(q, -1))


def mul(p, q):
    out = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        if a == 0:
            continue
        for j, b in enumerate(q):
            out[i + j] += a * b
    return trim(out)


def derivative(p):
    if len(p) == 1:
        return [0]
    return [i * p[i] for i in range(1, len(p))]


def evaluate(p, x):
    total = 0
    for c in reversed(p):
        total = total * x + c
    return total


def divide(p, d):
    p = trim(p)
    d = trim(d)
    if d == [0]:
        return None
    quotient = [0] * max(1, len(p) - len(d) + 1)
    rem = list(p)
    while len(rem) >= len(d) and rem != [0]:
        lead, dlead = rem[-1], d[-1]
        if lead % dlead != 0:
            return None
        shift = len(rem) - len(d)
        factor = lead // dlead
        quotient[shift] = factor
        rem = sub(rem, [0] * shift + scale(d, factor))
        if len(rem) == len(d) + shift and rem[-1] != 0:
            return None
    return trim(quotient), rem


def show(p):
    terms = []
    for power in range(len(p) - 1, -1, -1):
        c = p[power]
        if c == 0:
            continue
        sign = "-" if c < 0 else "+"
        mag = abs(c)
        coef = "" if mag == 1 and power > 0 else str(mag)
        var = "" if power == 0 else ("x" if power == 1 else "x^" + str(power))
        terms.append((sign, coef + var))
    if not terms:
        return "0"
    text = ("-" if terms[0][0] == "-" else "") + terms[0][1]
    for sign, body in terms[1:]:
        text += f" {sign} {body}"
    return text


def integer_roots(p):
    const = p[0]
    if const == 0:
        return [0] + integer_roots(p[1:]) if len(p) > 1 else [0]
    candidates = [d for d in range(1, abs(const) + 1) if const % d == 0]
    return sorted(set(r for d in candidates for r in (d, -d) if evaluate(p, r) == 0))


def main():
    a = [-6, 11, -6, 1]
    b = [1, 1]
    c = [2, 0, -3, 0, 1]
    print("a =", show(a))
    print("b =", show(b))
    print("c =", show(c))
    print("a + b =", show(add(a, b)))
    print("a - a =", show(sub(a, a)))
    print("a * b =", show(mul(a, b)), mul(a, b))
    print("b^3   =", show(mul(mul(b, b), b)))
    print("a'    =", show(derivative(a)), " a'' =", show(derivative(derivative(a))))
    print("a(x) for x in -2..4:", [evaluate(a, x) for x in range(-2, 5)])
    print("roots of a:", integer_roots(a), "roots of c:", integer_roots(c))
    for num, den in [(a, [-1, 1]), (mul(a, b), b), (c, [1, 0, 1]), (a, [1, 2]), (a, [0])]:
        result = divide(num, den)
        if result is None:
            print(f"({show(num)}) / ({show(den)}) -> not exact over integers")
        else:
            q, r = result
            print(f"({show(num)}) / ({show(den)}) = {show(q)} rem {show(r)}")
    values = [evaluate(c, x) for x in range(-3, 4)]
    print("c at -3..3:", values, "symmetric:", values == values[::-1])
    print("-x^2 shown:", show([0, 0, -1]), "| constant:", show([-7]), "| zero:", show([0, 0]))


if __name__ == "__main__":
    main()

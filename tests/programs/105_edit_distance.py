# Weighted edit distance with an operation trace, used as a tiny spell checker.

DICTIONARY = ["apple", "apply", "ample", "maple", "angle", "ankle", "apples",
              "happy", "paper", "pepper", "plate", "place", "pale", "peel"]
KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def key_position(ch):
    for r, row in enumerate(KEYBOARD_ROWS):
        c = row.find(ch)
        if c >= 0:
            return (r, c)
    return None


def substitution_cost(a, b, keyboard=False):
    if a == b:
        return 0
    if not keyboard:
        return 2
    pa, pb = key_position(a), key_position(b)
    if pa is None or pb is None:
        return 2
    near = abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1
    return 1 if near else 2


def edit_table(a, b, ins_cost=1, del_cost=1, keyboard=False):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        dp[i][0] = i * del_cost
    for j in range(1, len(b) + 1):
        dp[0][j] = j * ins_cost
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = min(dp[i - 1][j] + del_cost,
                           dp[i][j - 1] + ins_cost,
                           dp[i - 1][j - 1] + substitution_cost(a[i - 1], b[j - 1], keyboard))
    return dp


def distance(a, b, ins_cost=1, del_cost=1, keyboard=False):
    return edit_table(a, b, ins_cost, del_cost, keyboard)[len(a)][len(b)]


def trace(a, b):
    dp = edit_table(a, b)
    i, j = len(a), len(b)
    steps = []
    while i > 0 or j > 0:
        if i > 0 and j > 0 and dp[i][j] == dp[i - 1][j - 1] + substitution_cost(a[i - 1], b[j - 1]):
            if a[i - 1] == b[j - 1]:
                steps.append("=" + a[i - 1])
            else:
                steps.append(f"{a[i - 1]}>{b[j - 1]}")
            i, j = i - 1, j - 1
        elif i > 0 and dp[i][j] == dp[i - 1][j] + 1:
            steps.append("-" + a[i - 1])
            i -= 1
        else:
            steps.append("+" + b[j - 1])
            j -= 1
    return steps[::-1]


def suggest(word, limit=3, keyboard=False):
    scored = [(distance(word, w, keyboard=keyboard), w) for w in DICTIONARY]
    scored.sort(key=lambda t: (t[0], len(t[1]), t[1]))
    best = scored[0][0]
    return [w for d, w in scored[:limit] if d <= best + 1], best


def main():
    for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("abc", ""), ("same", "same")]:
        print(f"{a!r:>9} -> {b!r:<9} d={distance(a, b)} ops={' '.join(trace(a, b))}")
    print()
    print("costs kitten->sitting:", distance("kitten", "sitting", ins_cost=2),
          distance("kitten", "sitting", del_cost=3, ins_cost=1),
          distance("kitten", "sitting", keyboard=True))
    typos = ["appel", "aple", "pwper", "ankel", "plaec", "hapy", "zzz"]
    for typo in typos:
        plain, d1 = suggest(typo)
        keyed, d2 = suggest(typo, limit=2, keyboard=True)
        status = "exact" if typo in DICTIONARY else ("close" if d1 <= 2 else "far")
        print(f"{typo:<6} {status:<5} d={d1} {plain}  keyboard d={d2} {keyed}")
    closest = min(((a, b) for a in DICTIONARY for b in DICTIONARY if a < b),
                  key=lambda p: (distance(p[0], p[1]), p))
    print("closest pair:", closest, distance(closest[0], closest[1]))
    spread = {}
    for w in DICTIONARY:
        d = distance("apple", w)
        spread.setdefault(d, []).append(w)
    for d in sorted(spread):
        print(f"  {d}: {', '.join(spread[d])}")


if __name__ == "__main__":
    main()

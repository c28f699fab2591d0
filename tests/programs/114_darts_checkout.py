# Darts 501: parse throws, apply bust rules, and search for checkout routes.

START = 501
BULL = 25

GAME = """
Ann: T20 T20 T20 | T20 T19 S7 | T20 T20 D20 | T19 S18 D12 | S5 S16 S14 | D1
Raj: T20 S20 S5 | T20 T20 T20 | T19 T19 T19 | S20 D25 T17 | T15 D10
Lia: S1 S1 S1 | T20 T20 S20 | MISS T20 T20 | T20 T20 S17 | T20 S20 S20 | T17 S25 S1 | S12 S11
"""


def dart_value(code):
    if code == "MISS":
        return 0, False
    ring, number = code[0], int(code[1:])
    if not (1 <= number <= 20 or number == BULL):
        return 0, False
    multiplier = {"S": 1, "D": 2, "T": 3}[ring]
    if number == BULL and ring == "T":
        return 0, False
    return number * multiplier, ring == "D"


def all_darts():
    darts = []
    for n in range(20, 0, -1):
        darts.append(("T" + str(n), 3 * n, False))
    for n in list(range(20, 0, -1)) + [BULL]:
        darts.append(("D" + str(n), 2 * n, True))
    for n in list(range(20, 0, -1)) + [BULL]:
        darts.append(("S" + str(n), n, False))
    return darts


def checkout(score, darts, max_darts=3):
    if score > 170 or score < 2:
        return None
    finishers = [d for d in darts if d[2]]
    for total in range(1, max_darts + 1):
        if total == 1:
            for name, value, _ in finishers:
                if value == score:
                    return [name]
        elif total == 2:
            for name, value, _ in darts:
                for fname, fvalue, _ in finishers:
                    if value + fvalue == score:
                        return [name, fname]
        else:
            for name, value, _ in darts:
                for name2, value2, _ in darts:
                    for fname, fvalue, _ in finishers:
                        if value + value2 + fvalue == score:
                            return [name, name2, fname]
    return None


def play(line, darts):
    player, _, rest = line.partition(":")
    remaining = START
    visits = [v.split() for v in rest.split("|")]
    for turn, visit in enumerate(visits, start=1):
        before = remaining
        thrown = []
        for code in visit:
            value, is_double = dart_value(code)
            remaining -= value
            thrown.append(code)
            if remaining < 0 or remaining == 1 or (remaining == 0 and not is_double):
                print(f"  {player} turn {turn}: {' '.join(thrown)} BUST, back to {before}")
                remaining = before
                break
            if remaining == 0:
                print(f"  {player} turn {turn}: {' '.join(thrown)} CHECKOUT on {code}!")
                return player, turn
        else:
            hint = checkout(remaining, darts)
            tip = "" if hint is None else " (try " + " ".join(hint) + ")"
            print(f"  {player} turn {turn}: {' '.join(visit):<12} scored {before - remaining:>3}, left {remaining}{tip}")
    return player, -1


def main():
    darts = all_darts()
    print(f"{len(darts)} possible darts, {sum(1 for d in darts if d[2])} doubles")
    results = []
    for line in GAME.strip().splitlines():
        results.append(play(line.strip(), darts))
    finished = [(turn, name) for name, turn in results if turn > 0]
    if finished:
        best = min(finished)
        print(f"winner: {best[1]} in {best[0]} visits ({best[0] * 3} darts at most)")
    print("did not finish:", [name for name, turn in results if turn < 0])
    for score in [170, 167, 161, 160, 121, 100, 99, 50, 41, 3, 2, 1, 169, 180]:
        route = checkout(score, darts)
        print(f"{score:>4}: {'no checkout' if route is None else ' '.join(route)}")
    impossible = [s for s in range(2, 171) if checkout(s, darts) is None]
    print("no 3-dart finish:", impossible)
    two_dart = sum(1 for s in range(2, 171) if checkout(s, darts, max_darts=2) is not None)
    print("finishable in two darts:", two_dart)
    print("dart values:", [dart_value(c) for c in ["T20", "D25", "S25", "T25", "S21", "MISS"]])


if __name__ == "__main__":
    main()

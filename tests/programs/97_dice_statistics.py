# Dice statistics from a fixed list of rolls (plain script, no main).
import math

ROLLS = [3, 6, 1, 4, 4, 2, 5, 6, 6, 1, 3, 3, 2, 5, 4, 6, 1, 1, 2, 6,
         5, 5, 3, 4, 6, 2, 2, 1, 4, 3, 6, 6, 6, 5, 1, 2, 3, 4, 5, 4,
         2, 2, 2, 2, 5, 3, 1, 6, 4, 4, 3, 5, 6, 1, 2, 3, 3, 3, 4, 6]
FACES = 6

counts = {}
for r in ROLLS:
    counts[r] = counts.get(r, 0) + 1
n = len(ROLLS)
expected = n / FACES
print(f"{n} rolls, expected {expected:.1f} per face")
chi = 0.0
for face in range(1, FACES + 1):
    c = counts.get(face, 0)
    chi += (c - expected) ** 2 / expected
    print(f"  {face}: {c:>3} {c / n:>6.1%} {'o' * c}")
print(f"chi-square = {chi:.3f} ({'looks fair' if chi < 11.07 else 'suspicious'})")

mean = sum(ROLLS) / n
var = sum((r - mean) ** 2 for r in ROLLS) / (n - 1)
print(f"mean {mean:.4f}  variance {var:.4f}  stdev {math.sqrt(var):.4f}")
print("theoretical mean 3.5, stdev %.4f" % math.sqrt(35 / 12))

pairs = list(zip(ROLLS[::2], ROLLS[1::2]))
sums = {}
for a, b in pairs:
    sums[a + b] = sums.get(a + b, 0) + 1
print("pair sums:", [(s, sums[s]) for s in sorted(sums)])
doubles = [a for a, b in pairs if a == b]
print(f"doubles: {len(doubles)} of {len(pairs)} -> {doubles}")
sevens = sum(1 for a, b in pairs if a + b == 7)
print(f"sevens: {sevens} ({sevens / len(pairs):.2%}, ideal {1 / 6:.2%})")

best_run = 1
best_face = ROLLS[0]
run = 1
i = 1
while i < n:
    if ROLLS[i] == ROLLS[i - 1]:
        run += 1
        if run > best_run:
            best_run, best_face = run, ROLLS[i]
    else:
        run = 1
    i += 1
print(f"longest run: {best_run} x {best_face}")


def classify(hand):
    tally = sorted([hand.count(v) for v in set(hand)], reverse=True)
    ordered = sorted(hand)
    if tally[0] == 5:
        return "yahtzee"
    if tally[0] == 4:
        return "four of a kind"
    if tally == [3, 2]:
        return "full house"
    if ordered in ([1, 2, 3, 4, 5], [2, 3, 4, 5, 6]):
        return "large straight"
    if tally[0] == 3:
        return "three of a kind"
    if tally[:2] == [2, 2]:
        return "two pair"
    return "pair" if tally[0] == 2 else "nothing"


hands = [ROLLS[k:k + 5] for k in range(0, n, 5)]
kinds = {}
for k, hand in enumerate(hands, start=1):
    label = classify(hand)
    kinds.setdefault(label, []).append(k)
    print(f"hand {k:>2}: {hand} -> {label}, score {sum(hand)}")
for label in sorted(kinds, key=lambda s: (-len(kinds[s]), s)):
    print(f"  {label:<16} hands {kinds[label]}")
top = max(range(len(hands)), key=lambda j: (sum(hands[j]), -j))
print("best total: hand", top + 1, "=", sum(hands[top]))
print("all faces seen:", all(f in counts for f in range(1, 7)), "any zero:", any(r == 0 for r in ROLLS))

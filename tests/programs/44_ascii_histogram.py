# Plain script: bin exam scores and draw horizontal and vertical histograms.

scores = [72, 85, 91, 64, 58, 77, 88, 95, 69, 73, 81, 79, 100, 45, 67, 84, 90, 76, 71, 83,
          62, 55, 99, 87, 78, 74, 93, 68, 80, 86]
BIN_WIDTH = 10

bins = {}
for s in scores:
    low = min(s // BIN_WIDTH * BIN_WIDTH, 90)
    bins[low] = bins.get(low, 0) + 1

print("Horizontal histogram")
for low in range(40, 100, BIN_WIDTH):
    count = bins.get(low, 0)
    high = low + BIN_WIDTH - 1 if low < 90 else 100
    label = f"{low}-{high}"
    print(f"{label:>7} | {'█' * count}{' ' + str(count) if count else ''}")

print()
print("Vertical histogram")
tallest = max(bins.values())
lows = list(range(40, 100, BIN_WIDTH))
for level in range(tallest, 0, -1):
    row = ""
    for low in lows:
        row += " ## " if bins.get(low, 0) >= level else "    "
    print(f"{level:>2} |{row}")
print("   +" + "----" * len(lows))
print("    " + "".join(f"{low:^4}" for low in lows))

n = len(scores)
mean = sum(scores) / n
ordered = sorted(scores)
median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2 if n % 2 == 0 else float(ordered[n // 2])
variance = sum((s - mean) ** 2 for s in scores) / n
std = variance ** 0.5
print()
print(f"n={n} mean={mean:.2f} median={median} std={std:.3f}")
print("min/max:", min(scores), max(scores), "range:", max(scores) - min(scores))
quartiles = [ordered[int(q * (n - 1))] for q in (0.25, 0.5, 0.75)]
print("quartiles (nearest rank):", quartiles)
above = [s for s in scores if s > mean]
print(f"{len(above)} above mean ({len(above) / n:.0%})")
z = [round((s - mean) / std, 2) for s in scores[:5]]
print("first z-scores:", z)
letter_of = {90: "A", 80: "B", 70: "C", 60: "D"}
grades = ""
for s in scores:
    grades += letter_of.get(min(s // 10 * 10, 90), "F")
print(grades, grades.count("A"), grades.count("F"))

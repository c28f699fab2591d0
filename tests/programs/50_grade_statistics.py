# Plain script: compute grade statistics for a small class.

names = ["Alice", "Bob", "Chen", "Dana", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo"]
midterm = [78, 92, 65, 88, 54, 95, 71, 83, 60, 89]
final = [82, 89, 70, 91, 61, 98, 68, 87, 58, 93]
homework = [90, 100, 75, 85, 80, 95, 60, 92, 70, 88]

WEIGHTS = (0.3, 0.45, 0.25)


def letter(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    return "F"


totals = []
for i in range(len(names)):
    w_mid, w_fin, w_hw = WEIGHTS
    total = midterm[i] * w_mid + final[i] * w_fin + homework[i] * w_hw
    totals.append(round(total, 2))

print(f"{'Name':<8}{'Mid':>5}{'Final':>7}{'HW':>5}{'Total':>8}  Grade")
print("-" * 42)
for name, m, f, h, t in zip(names, midterm, final, homework, totals):
    print(f"{name:<8}{m:>5}{f:>7}{h:>5}{t:>8.2f}  {letter(t)}")
print("-" * 42)

n = len(totals)
mean = sum(totals) / n
ordered = sorted(totals)
if n % 2 == 0:
    median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2
else:
    median = ordered[n // 2]
variance = sum((t - mean) ** 2 for t in totals) / (n - 1)
stdev = variance ** 0.5
print(f"Mean:   {mean:.2f}")
print(f"Median: {median:.2f}")
print(f"Stdev:  {stdev:.3f}")
print("Highest:", max(totals), "by", names[totals.index(max(totals))])
print("Lowest: ", min(totals), "by", names[totals.index(min(totals))])

distribution = {}
for t in totals:
    g = letter(t)
    distribution[g] = distribution.get(g, 0) + 1
print()
print("Grade distribution:")
for g in "ABCDF":
    count = distribution.get(g, 0)
    bar = "#" * count
    print(f"  {g}: {bar:<6} ({count})")

improved = [name for name, m, f in zip(names, midterm, final) if f > m]
declined = [name for name, m, f in zip(names, midterm, final) if f < m]
print("Improved from midterm:", improved)
print("Declined from midterm:", declined)
best_gain = max(range(n), key=lambda i: final[i] - midterm[i])
print(f"Biggest improvement: {names[best_gain]} (+{final[best_gain] - midterm[best_gain]})")

ranked = sorted(zip(totals, names), reverse=True)
print("Top three:")
for place, (score, name) in enumerate(ranked[:3], start=1):
    print(f"  {place}. {name} - {score}")
passing = sum(1 for t in totals if t >= 60)
print(f"Pass rate: {passing / n:.1%}")
print("All passed homework?", all(h >= 60 for h in homework))
print("Anyone perfect on homework?", any(h == 100 for h in homework))

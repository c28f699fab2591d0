# Weekly temperature log analysis, written as a top-level script.

readings = {
    "Mon": [12.5, 14.0, 17.25, 15.5],
    "Tue": [11.0, 13.5, 18.0, 16.0],
    "Wed": [9.5, 10.0, 10.5, 9.0],
    "Thu": [-2.5, 0.0, 3.5, 1.0],
    "Fri": [4.0, 8.5, 12.0, 7.5],
    "Sat": [15.0, 21.5, 24.0, 19.5],
    "Sun": [16.5, 22.0, 25.5, 20.0],
}

print(f"{'Day':<4}{'min':>7}{'max':>7}{'mean':>8}{'range':>7}  F(mean)")
means = {}
for day, temps in readings.items():
    lo = min(temps)
    hi = max(temps)
    mean = sum(temps) / len(temps)
    means[day] = mean
    fahrenheit = mean * 9 / 5 + 32
    print(f"{day:<4}{lo:>7.1f}{hi:>7.1f}{mean:>8.3f}{hi - lo:>7.2f}  {fahrenheit:.1f}")

warmest = max(means, key=lambda d: means[d])
coldest = min(means, key=lambda d: means[d])
print("Warmest day:", warmest, means[warmest])
print("Coldest day:", coldest, means[coldest])

all_temps = [t for temps in readings.values() for t in temps]
print("Readings:", len(all_temps), "overall mean:", sum(all_temps) / len(all_temps))
freezing = [(day, t) for day, temps in readings.items() for t in temps if t <= 0]
print("At or below freezing:", freezing)

# day-over-day change in mean temperature
days = list(readings)
for prev, cur in zip(days, days[1:]):
    delta = means[cur] - means[prev]
    arrow = "up" if delta > 0 else ("down" if delta < 0 else "flat")
    print(f"{prev}->{cur}: {delta:+.2f} {arrow}")

# classify each reading into bands
bands = {"cold": 0, "mild": 0, "warm": 0}
for t in all_temps:
    if t < 10:
        bands["cold"] += 1
    elif 10 <= t < 20:
        bands["mild"] += 1
    else:
        bands["warm"] += 1
print(bands)
total = sum(bands.values())
for band, n in bands.items():
    print(f"{band:>5}: {n / total:6.1%} {'=' * n}")

weekend = readings["Sat"] + readings["Sun"]
print("Weekend readings sorted:", sorted(weekend))
print("Median weekend:", (sorted(weekend)[3] + sorted(weekend)[4]) / 2)
print("Rounded means:", [round(m, 1) for m in means.values()])
print("Fahrenheit check:", -40 * 9 / 5 + 32, 100 * 9 // 5 + 32, 37.0 * 1.8 + 32)

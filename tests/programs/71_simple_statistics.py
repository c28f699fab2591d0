# Descriptive statistics written by hand: mean, median, mode, variance, stddev.


def mean(values):
    return sum(values) / len(values)


def median(values):
    ordered = sorted(values)
    n = len(ordered)
    mid = n // 2
    if n % 2 == 1:
        return float(ordered[mid])
    return (ordered[mid - 1] + ordered[mid]) / 2


def modes(values):
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    top = max(counts.values())
    return sorted([v for v in counts if counts[v] == top])


def variance(values, sample=True):
    m = mean(values)
    squares = sum((v - m) ** 2 for v in values)
    return squares / (len(values) - 1 if sample else len(values))


def stddev(values, sample=True):
    return variance(values, sample) ** 0.5


def percentile(values, p):
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    frac = k - low
    return ordered[low] + (ordered[high] - ordered[low]) * frac


def summarize(name, values):
    print(f"--- {name} ({len(values)} values) ---")
    print(f"  mean     {mean(values):>10.3f}")
    print(f"  median   {median(values):>10.3f}")
    print(f"  mode(s)  {str(modes(values)):>10}")
    print(f"  range    {max(values) - min(values):>10}")
    print(f"  pvar     {variance(values, sample=False):>10.3f}")
    print(f"  svar     {variance(values):>10.3f}")
    print(f"  sstdev   {stddev(values):>10.3f}")
    print(f"  p25/p75  {percentile(values, 0.25):>6.2f} / {percentile(values, 0.75):.2f}")


def main():
    ages = [23, 35, 31, 23, 44, 52, 23, 31, 29, 38, 41, 31]
    rolls = [3, 6, 2, 6, 4, 1, 6, 5, 3, 2, 2, 6, 4, 3]
    temps = [-4, -1, 0, 2, -3, 5, 7, -4, 1]
    summarize("ages", ages)
    summarize("dice rolls", rolls)
    summarize("temperatures", temps)

    print()
    m = mean(ages)
    sd = stddev(ages)
    print("z-scores for ages:")
    for a in sorted(set(ages)):
        z = (a - m) / sd
        print(f"  {a:>3}: {z:>6.2f}")
    outliers = [a for a in ages if abs(a - m) > 1.5 * sd]
    print("Outliers (>1.5 sd):", outliers)

    xs = [1, 2, 3, 4, 5, 6]
    ys = [2, 4, 5, 4, 5, 7]
    mx, my = mean(xs), mean(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / (len(xs) - 1)
    r = cov / (stddev(xs) * stddev(ys))
    slope = cov / variance(xs)
    intercept = my - slope * mx
    print(f"covariance={cov:.4f} correlation={r:.4f}")
    print(f"best fit: y = {slope:.3f}x + {intercept:.3f}")
    print("predictions:", [round(slope * x + intercept, 2) for x in range(7, 10)])
    print("raw mean/median:", mean(rolls), median(rolls), median(temps))


if __name__ == "__main__":
    main()

# Explore Collatz sequences: lengths, peaks and record holders.

LIMIT = 3000


def collatz_length(n, cache):
    steps = 0
    path = []
    while n != 1 and n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    base = cache.get(n, 0)
    for i, value in enumerate(path):
        cache[value] = base + steps - i
    return base + steps


def peak(n):
    highest = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        if n > highest:
            highest = n
    return highest


def sequence(n, max_terms=20):
    terms = [n]
    while n != 1 and len(terms) < max_terms:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        terms.append(n)
    return terms


def main():
    cache = {1: 0}
    lengths = {}
    records = []
    best = 0
    for n in range(1, LIMIT + 1):
        length = collatz_length(n, cache)
        lengths[n] = length
        if length > best:
            best = length
            records.append((n, length))
    print("Record setters:", records[-8:])
    longest = max(lengths, key=lambda k: lengths[k])
    print(f"Longest below {LIMIT}: {longest} with {lengths[longest]} steps")
    print("Sequence of 27:", sequence(27))
    print("Sequence of 6:", sequence(6, max_terms=50))
    print("Peak of 27:", peak(27), "peak of 703:", peak(703))
    peaks = [(peak(n), n) for n in range(1, 200)]
    print("Highest peak under 200:", max(peaks))
    print("Lowest ratio peak/n under 200:", min(peaks, key=lambda t: t[0] / t[1]))
    counts = {}
    for n in range(1, LIMIT + 1):
        bucket = lengths[n] // 25 * 25
        counts[bucket] = counts.get(bucket, 0) + 1
    for bucket in sorted(counts):
        print(f"{bucket:>3}-{bucket + 24:<3} {counts[bucket]:>5} {'*' * (counts[bucket] // 40)}")
    same = [n for n in range(2, 100) if lengths[n] == lengths[n + 1]]
    print("Consecutive equal lengths:", same[:10])
    for threshold in [200, 250]:
        n = 1
        while n <= LIMIT:
            if lengths[n] > threshold:
                print(f"First chain longer than {threshold} steps starts at {n}")
                break
            n += 1
        else:
            print(f"No chain longer than {threshold} steps up to {LIMIT}")
    print("Cache entries:", len(cache), "max cached value:", max(cache))
    avg = sum(lengths.values()) / len(lengths)
    print(f"Average length: {avg:.4f}")


if __name__ == "__main__":
    main()

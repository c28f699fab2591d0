import sys

def stats(nums):
    if not nums:
        return None
    total = 0
    for n in nums:
        total += n
    return total / len(nums), min(nums), max(nums)

def main():
    data = [3, 1, 4, 1, 5, 9, 2, 6]
    result = stats(data)
    if result is not None:
        avg, lo, hi = result
        print(f"avg={avg:.3f} lo={lo} hi={hi}")
    print(stats([]))
    matrix = [[i * j for j in range(4)] for i in range(3)]
    for row in matrix:
        print(" ".join(str(x).rjust(3) for x in row))
    flat = [x for row in matrix for x in row if x % 2 == 0]
    print(flat, len(flat))
    words = ["banana", "Apple", "cherry", "apple"]
    print(sorted(words, key=str.lower))
    print(sorted(words, key=lambda w: (len(w), w)))
    counts = {}
    for w in words:
        key = w.lower()
        counts[key] = counts.get(key, 0) + 1
    best = max(counts, key=counts.get)
    print(best, counts[best], counts)
    s = "Hello, World"
    print(s[::-1], s[7:], s[-5:-1], s.lower().count("l"), s.find("World"))
    print("%s has %d items costing %.2f" % ("cart", 3, 19.5))
    print("{:>8}|{:<6}|{:^7}|".format("right", "left", "mid"))
    i = 0
    while i < len(data) and data[i] != 5:
        i += 1
    print("found at", i)
    total = sum(x * x for x in data if x > 2)
    print(total, 10 / 4, 10 // 4, -10 // 4, 10 % -3, 2 ** 10, 2 ** -1)
    sys.exit(0 if total > 100 else 4)

main()

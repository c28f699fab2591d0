# Histogram helpers called with float data and with int data; loop-else forms.
def histogram(values, bins=4):
    lo, hi = min(values), max(values)
    step = (hi - lo) / bins
    counts = [0] * bins
    for v in values:
        idx = int((v - lo) / step) if step else 0
        if idx == bins:
            idx -= 1
        counts[idx] += 1
    return counts, lo, step

def show(counts, lo, step):
    for i, c in enumerate(counts):
        start = lo + i * step
        print(f"[{start:6.2f}, {start + step:6.2f}) {'#' * c} {c}")

data = [2.5, 3.1, 4.8, 1.0, 9.9, 7.2, 5.5, 6.0, 3.3, 8.8]
counts, lo, step = histogram(data)
show(counts, lo, step)
print(histogram([1, 2, 3, 4], bins=2))
matrix = [[1, 2], [3, 4]]
total = 0
for row in matrix:
    for x in row:
        total += x
else:
    print("done", total)
i = 10
while i > 0:
    i -= 3
else:
    print("while-else", i)
print(sorted({3: "c", 1: "a"}.items()), list({"b": 1, "a": 2}), [k for k in {"x": 1}])

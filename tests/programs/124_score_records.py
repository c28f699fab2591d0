# Parse a small score file into records, group them, and report; nested data and aliasing.
def parse(text):
    records = []
    for line in text.strip().splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, rest = line.partition(":")
        fields = [f.strip() for f in rest.split(",")]
        records.append((name.strip(), [int(f) for f in fields if f]))
    return records

def summarize(records):
    out = {}
    for name, vals in records:
        bucket = out.setdefault(name[0].upper(), [])
        bucket.extend(vals)
    return {k: (len(v), sum(v), max(v) if v else None) for k, v in sorted(out.items())}

DATA = """
# scores
alice: 3, 4, 5
bob: 10,
amy: 1
carl:
"""
recs = parse(DATA)
print(recs)
summ = summarize(recs)
print(summ)
for k, (n, total, top) in summ.items():
    top_s = "-" if top is None else str(top)
    print(f"{k}: n={n} total={total:>4} top={top_s}")
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
print(transposed)
words = "the cat sat on the mat the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, [w for w, c in top])
acc = ""
for i, w in enumerate(words):
    acc += w[0].upper() if i % 2 == 0 else w[0]
print(acc, acc.lower().count("t"))
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        opener = stack.pop()
        print(opener + ch, end=" ")
print(len(stack) == 0)

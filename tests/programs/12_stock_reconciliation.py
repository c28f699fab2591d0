# Reconcile counted stock against the system records; exit 1 on mismatch.
import sys

SYSTEM = {
    "A-100": 40,
    "A-101": 12,
    "B-200": 0,
    "B-201": 7,
    "C-300": 95,
    "C-301": 3,
}

COUNT_SHEET = """A-100,40
A-101,10
B-201,7
C-300,96
C-301,3
D-400,5
"""


def parse_counts(text):
    counted = {}
    for line in text.strip().split("\n"):
        sku, qty = line.split(",")
        counted[sku] = int(qty)
    return counted


def reconcile(system, counted):
    diffs = []
    for sku in sorted(set(system) | set(counted)):
        expected = system.get(sku, 0)
        actual = counted.get(sku, 0)
        if expected != actual:
            diffs.append((sku, expected, actual, actual - expected))
    return diffs


def describe(diff):
    sku, expected, actual, delta = diff
    if sku not in SYSTEM:
        return f"{sku}: unknown item, found {actual}"
    if actual == 0 and sku not in COUNT_SHEET:
        return f"{sku}: not counted (system says {expected})"
    direction = "over" if delta > 0 else "short"
    return f"{sku}: expected {expected}, counted {actual} ({direction} by {abs(delta)})"


def main():
    counted = parse_counts(COUNT_SHEET)
    print("Counted:", counted)
    diffs = reconcile(SYSTEM, counted)
    matched = [sku for sku in SYSTEM if SYSTEM[sku] == counted.get(sku, 0)]
    print("Matched SKUs:", matched)
    net = sum(d[3] for d in diffs)
    print(f"Net variance: {net:+d} units across {len(diffs)} SKUs")
    for d in diffs:
        print(" *", describe(d))
    missing = set(SYSTEM) - set(counted)
    extra = set(counted) - set(SYSTEM)
    print("Missing from count:", sorted(missing))
    print("Not in system:", sorted(extra))
    print("Both:", len(set(SYSTEM) & set(counted)))
    if diffs:
        print("RECONCILIATION FAILED")
        sys.exit(1)
    print("All good")


if __name__ == "__main__":
    main()

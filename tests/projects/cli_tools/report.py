"""Regional report: revenue per region with spread statistics."""

from tools.formatting import bar, cents, table
from tools.parsing import Record, parse_text
from tools.stats import group_sum, mean, median, stdev

DATA = """
north, widget, 12, 2.50
north, gadget, 3, 19.99
south, widget, 40, 2.45
south, gizmo, 7, 7.5
east, widget, 5, 2.60
west, gizmo, 11, 7.25
west, gadget, 6, 18.00
north, gizmo, 2, 8.00
east, gizmo, 4, 7.80
south, gadget, 1, 21.00
"""


def region_records(records: list[Record]) -> dict[str, list[Record]]:
    out: dict[str, list[Record]] = {}
    for r in records:
        out.setdefault(r.region, []).append(r)
    return out


def main() -> int:
    records, errors = parse_text(DATA)
    if errors:
        print("unexpected errors")
        return 1
    print("Regional report")
    print("=" * 40)
    by_region = region_records(records)
    rows: list[list[str]] = []
    for region in sorted(by_region):
        revs = [r.revenue for r in by_region[region]]
        rows.append([region, str(len(revs)), cents(sum(revs)), f"{mean(revs) / 100:.2f}"])
    for line in table(["region", "n", "total", "avg"], rows):
        print(line)
    print("=" * 40)
    totals = group_sum([r.region for r in records], [r.revenue for r in records])
    best = max(totals.values())
    for region, total in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
        print(f"{region:>6} {bar(total, best, 30)} {cents(total)}")
    revs = [r.revenue for r in records]
    print(f"median revenue: {median(revs) / 100:.2f}")
    print(f"stdev revenue:  {stdev(revs) / 100:.2f}")
    big = [f"{r.region}/{r.product}" for r in records if r.revenue > 5000]
    print(f"large lines ({len(big)}): {', '.join(big)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Sales summary by product."""

from tools.parsing import parse_text
from tools import formatting, stats

DATA = """
# region, product, units, price
north, widget, 12, 2.50
north, gadget, 3, 19.99
south, widget, 40, 2.45
south, gizmo, 7, 7.5
east, widget, 5, 2.60
east, gadget, x, 19.99
west, gizmo, 11, 7.25
west, gadget, 6, 18.00
west, widget, 9
north, gizmo, 2, 8.00
"""


def main() -> None:
    records, errors = parse_text(DATA)
    print(f"parsed {len(records)} records, {len(errors)} errors")
    for err in errors:
        print(f"  warning: {err}")
    revenue = stats.group_sum([r.product for r in records], [r.revenue for r in records])
    units = stats.group_sum([r.product for r in records], [r.units for r in records])
    rows: list[list[str]] = []
    for product in sorted(revenue, key=lambda p: -revenue[p]):
        rows.append([product, str(units[product]), formatting.cents(revenue[product])])
    for line in formatting.table(["product", "units", "revenue"], rows):
        print(line)
    top = max(revenue.values())
    for product in sorted(revenue):
        print(f"{product:<8} {formatting.bar(revenue[product], top)}")
    all_units = [r.units for r in records]
    print(f"units mean={stats.mean(all_units):.2f} median={stats.median(all_units):.1f}")
    print(f"units stdev={stats.stdev(all_units):.3f}")
    print("best seller per region:")
    best: dict[str, tuple[int, str]] = {}
    for r in records:
        current = best.get(r.region)
        if current is None or r.revenue > current[0]:
            best[r.region] = (r.revenue, r.product)
    for region, (rev, product) in sorted(best.items()):
        print(f"  {region:<6} {product:<7} {formatting.cents(rev):>8}")


if __name__ == "__main__":
    main()

# Regional sales summary. The final per-rep average crashes on a region
# with no reps (a real bug left in: ZeroDivisionError, exit status 1).

SALES = [
    ("north", "ann", 1200),
    ("north", "ben", 950),
    ("south", "cat", 2100),
    ("east", "dan", 400),
    ("south", "eli", 1750),
    ("north", "ann", 300),
    ("east", "fay", 820),
    ("west", "gus", 0),
    ("east", "dan", 615),
]

REGIONS = ["north", "south", "east", "west", "central"]


def totals_by(sales, by_rep=False):
    totals = {}
    for region, rep, amount in sales:
        key = rep if by_rep else region
        totals[key] = totals.get(key, 0) + amount
    return totals


def reps_per_region(sales):
    reps = {}
    for region, rep, _ in sales:
        reps.setdefault(region, set()).add(rep)
    return reps


def main():
    region_totals = totals_by(SALES)
    rep_totals = totals_by(SALES, by_rep=True)
    grand = sum(region_totals.values())
    print(f"Grand total: {grand:,}")
    for region in sorted(region_totals, key=lambda r: region_totals[r], reverse=True):
        share = region_totals[region] / grand
        print(f"{region:<6} {region_totals[region]:>6,} {share:>7.2%}")
    print("By rep:", rep_totals)
    top_rep = max(rep_totals.items(), key=lambda kv: kv[1])
    print("Top rep:", top_rep)
    reps = reps_per_region(SALES)
    for region in sorted(reps):
        print(region, sorted(reps[region]))
    print("Regions without sales:", [r for r in REGIONS if r not in region_totals])
    print("Average per rep:")
    for region in REGIONS:
        total = region_totals.get(region, 0)
        count = len(reps.get(region, set()))
        print(f"  {region}: {total // count}")


if __name__ == "__main__":
    main()

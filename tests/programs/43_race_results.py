# Marathon results: parallel lists combined with zip, enumerate and reversed.

RUNNERS = ["Kipchoge", "Bekele", "Kipruto", "Geremew", "Lemma", "Mosinet", "Tola"]
COUNTRIES = ["KEN", "ETH", "KEN", "ETH", "ETH", "ETH"]
TIMES = [7299, 7341, 7310, 7341, 7422, 7355, 7402, 7499]
SPLITS_10K = [1740, 1748, 1741, 1750, 1760, 1749, 1752]


def fmt_time(seconds):
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}"


def pace_per_km(seconds, km=42.195):
    per_km = seconds / km
    m, s = divmod(per_km, 60)
    return f"{int(m)}:{s:04.1f}"


def main():
    print("Entries:", len(RUNNERS), "countries:", len(COUNTRIES), "times:", len(TIMES))
    entries = list(zip(RUNNERS, COUNTRIES, TIMES))
    print("Zipped (truncated to shortest):", len(entries))
    ranked = sorted(entries, key=lambda e: e[2])
    previous = -1
    place = 0
    for i, (name, country, t) in enumerate(ranked, start=1):
        if t != previous:
            place = i
        previous = t
        gap = t - ranked[0][2]
        gap_text = f"+{gap}s" if gap else "leader"
        print(f"{place:>2}. {name:<9} {country} {fmt_time(t)} {pace_per_km(t)}/km {gap_text}")
    print("Slowest first:", [name for name, _, _ in reversed(ranked)])
    by_country = {}
    for name, country, t in entries:
        by_country.setdefault(country, []).append(t)
    for country, times in by_country.items():
        best = min(times)
        print(f"{country}: {len(times)} runners, best {fmt_time(best)}, mean {sum(times) / len(times):.1f}s")
    negative = []
    for name, split, t in zip(RUNNERS, SPLITS_10K, TIMES):
        projected = split * 42.195 / 10
        if t < projected:
            negative.append(name)
        print(f"{name:<9} 10k {fmt_time(split)} projected {fmt_time(int(projected))} actual {fmt_time(t)}")
    print("Beat their 10k projection:", negative)
    for i, name in reversed(list(enumerate(RUNNERS))):
        if i % 2 == 0:
            print(i, name, end="; ")
    print()
    fastest_split = min(zip(SPLITS_10K, RUNNERS))
    print("Fastest 10k:", fastest_split)
    tied = max(RUNNERS[:4], key=lambda r: TIMES[RUNNERS.index(r)])
    print("Slowest of the first four (first on tie):", tied)
    print("KEN", "ETH", sep=" vs ", end="!\n")


if __name__ == "__main__":
    main()

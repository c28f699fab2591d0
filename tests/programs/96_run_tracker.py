# Running log: paces, weekly mileage, streaks and personal bests; ends on a bad entry.

LOG = """
2024-03-01 | 5.0 | 27:45 | easy
2024-03-02 | 8.2 | 46:10 | long
2024-03-04 | 5.0 | 24:58 | tempo
2024-03-05 | 3.1 | 16:02 | easy
2024-03-06 | 10.0 | 55:31 | long
2024-03-09 | 5.0 | 25:40 | race
2024-03-10 | 6.4 | 36:20 | easy
2024-03-11 | 12.5 | 1:12:03 | long
2024-03-12 | 4.0 | 21:30 | tempo
2024-03-15 | 21.1 | 1:58:44 | race
"""

LATE_ENTRIES = ["2024-03-16 | 5.0 | 26:12 | easy", "2024-03-17 | 7.5 | 41:4x | easy"]


def parse_time(text):
    parts = [int(p) for p in text.split(":")]
    seconds = 0
    for p in parts:
        seconds = seconds * 60 + p
    return seconds


def clock(seconds):
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h > 0:
        return f"{h}:{m:02d}:{s:02d}"
    return f"{m}:{s:02d}"


def parse_line(line):
    date, dist, time_text, kind = [field.strip() for field in line.split("|")]
    day = int(date.split("-")[2])
    return (day, float(dist), parse_time(time_text), kind)


def pace(seconds, km):
    return clock(int(round(seconds / km)))


def longest_streak(days):
    best = 0
    current = 0
    previous = -10
    for d in sorted(days):
        current = current + 1 if d == previous + 1 else 1
        best = max(best, current)
        previous = d
    return best


def report(runs):
    print(f"{'day':>3} {'km':>5} {'time':>8} {'pace':>6} kind")
    for day, km, secs, kind in runs:
        print(f"{day:>3} {km:>5.1f} {clock(secs):>8} {pace(secs, km):>6} {kind}")
    weeks = {}
    for day, km, secs, kind in runs:
        weeks.setdefault((day - 1) // 7 + 1, []).append(km)
    for week, kms in sorted(weeks.items()):
        print(f"week {week}: {len(kms)} runs, {sum(kms):.1f} km, longest {max(kms)}")
    by_kind = {}
    for _, km, secs, kind in runs:
        by_kind[kind] = by_kind.get(kind, 0.0) + km
    ranked = sorted(by_kind.items(), key=lambda t: (-t[1], t[0]))
    print("by kind:", ", ".join(f"{k}={v:.1f}" for k, v in ranked))
    fastest = min(runs, key=lambda r: r[2] / r[1])
    print(f"fastest pace: day {fastest[0]} at {pace(fastest[2], fastest[1])}/km")
    five_k = [r for r in runs if r[1] == 5.0]
    best5 = min(five_k, key=lambda r: r[2])
    print(f"5k best: {clock(best5[2])} on day {best5[0]} ({len(five_k)} attempts)")
    total_km = sum(r[1] for r in runs)
    total_s = sum(r[2] for r in runs)
    print(f"total {total_km:.1f} km in {clock(total_s)}, avg pace {pace(total_s, total_km)}/km")
    print("longest streak of days:", longest_streak([r[0] for r in runs]))


def main():
    runs = [parse_line(line) for line in LOG.strip().splitlines()]
    report(runs)
    print("-- adding late entries --")
    for entry in LATE_ENTRIES:
        run = parse_line(entry)
        runs.append(run)
        print(f"added day {run[0]}: {run[1]} km in {clock(run[2])}")
    report(runs)


if __name__ == "__main__":
    main()

# Merge busy intervals and find free meeting slots during a work day.

DAY_START = 9 * 60
DAY_END = 17 * 60

BUSY = {
    "ana": [(9 * 60, 10 * 60), (12 * 60, 13 * 60), (15 * 60 + 30, 16 * 60)],
    "ben": [(9 * 60 + 30, 11 * 60), (13 * 60, 13 * 60 + 45)],
    "cho": [(10 * 60 + 45, 11 * 60 + 15), (14 * 60, 15 * 60), (16 * 60 + 30, 17 * 60)],
}


def to_clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h:02d}:{m:02d}"


def merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


def free_slots(busy: list[tuple[int, int]], min_length: int = 30) -> list[tuple[int, int]]:
    slots = []
    cursor = DAY_START
    for start, end in busy:
        if start - cursor >= min_length:
            slots.append((cursor, start))
        cursor = max(cursor, end)
    if DAY_END - cursor >= min_length:
        slots.append((cursor, DAY_END))
    return slots


def fmt(intervals: list[tuple[int, int]]) -> str:
    return ", ".join(f"{to_clock(s)}-{to_clock(e)}" for s, e in intervals)


def main() -> None:
    everyone: list[tuple[int, int]] = []
    for person, intervals in BUSY.items():
        everyone.extend(intervals)
        busy_minutes = sum(e - s for s, e in intervals)
        print(f"{person}: {fmt(intervals)} ({busy_minutes} min busy)")
    merged = merge(everyone)
    print("Merged busy:", fmt(merged))
    print("Raw merged:", merged)
    for length in [15, 30, 60]:
        slots = free_slots(merged, min_length=length)
        print(f"Free slots >= {length} min: {fmt(slots) or 'none'}")
    slots = free_slots(merged)
    longest = max(slots, key=lambda s: s[1] - s[0])
    print("Longest free slot:", fmt([longest]), longest[1] - longest[0], "minutes")
    total_free = sum(e - s for s, e in free_slots(merged, 1))
    print(f"Free time: {total_free} min = {total_free / 60:.2f} h of {(DAY_END - DAY_START) // 60} h")
    pair_free = free_slots(merge(BUSY["ana"] + BUSY["ben"]), 45)
    print("ana+ben 45-min slots:", pair_free)


if __name__ == "__main__":
    main()

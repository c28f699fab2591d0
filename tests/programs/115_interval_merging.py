# Meeting-room calendar: parse intervals, merge overlaps, find free slots (plain script).

DAY_START = 9 * 60
DAY_END = 17 * 60
MEETINGS = """
standup      09:00-09:15  A
design       09:30-10:45  B
1:1 Ana      10:30-11:00  A
lunch talk   12:00-13:00  C
review       12:45-13:30  B
sync         13:30-14:00  A
planning     14:00-15:30  C
interview    14:15-15:00  B
retro        16:00-16:45  A
late call    16:30-17:30  A
"""


def to_minutes(text):
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def to_clock(m):
    return "%02d:%02d" % divmod(m, 60)


meetings = []
for raw in MEETINGS.strip().splitlines():
    name = raw[:12].strip()
    span, room = raw[12:].split()
    start_text, _, end_text = span.partition("-")
    meetings.append((to_minutes(start_text), to_minutes(end_text), name, room))
meetings.sort(key=lambda m: (m[0], -m[1], m[2]))

merged = []
for start, end, name, room in meetings:
    if merged and start <= merged[-1][1]:
        last_start, last_end = merged[-1]
        merged[-1] = (last_start, max(last_end, end))
    else:
        merged.append((start, end))
print("busy blocks:", ", ".join(f"{to_clock(s)}-{to_clock(e)}" for s, e in merged))

free = []
cursor = DAY_START
for start, end in merged:
    if start > cursor:
        free.append((cursor, start))
    cursor = max(cursor, end)
if cursor < DAY_END:
    free.append((cursor, DAY_END))
for s, e in free:
    length = e - s
    print(f"  free {to_clock(s)}-{to_clock(e)} {length:>3} min {'(fits 30)' if length >= 30 else ''}".rstrip())
busy_minutes = sum(min(e, DAY_END) - max(s, DAY_START) for s, e in merged)
print(f"busy {busy_minutes} of {DAY_END - DAY_START} minutes = {busy_minutes / (DAY_END - DAY_START):.1%}")

events = []
for start, end, name, room in meetings:
    events.append((start, 1))
    events.append((end, -1))
events.sort()
current = peak = 0
peak_time = 0
for t, delta in events:
    current += delta
    if current > peak:
        peak, peak_time = current, t
print(f"rooms needed: {peak} (first reached at {to_clock(peak_time)})")

by_room = {}
for start, end, name, room in meetings:
    by_room.setdefault(room, []).append((start, end, name))
for room in sorted(by_room):
    slots = by_room[room]
    clashes = [(a[2], b[2]) for a, b in zip(slots, slots[1:]) if b[0] < a[1]]
    total = sum(e - s for s, e, _ in slots)
    print(f"room {room}: {len(slots)} meetings, {total // 60}h{total % 60:02d}m, clashes {clashes}")

overtime = [name for start, end, name, room in meetings if end > DAY_END or start < DAY_START]
print("outside working hours:", overtime)
longest = max(meetings, key=lambda m: (m[1] - m[0], m[2]))
print(f"longest: {longest[2]} ({longest[1] - longest[0]} min)")
gaps = [b[0] - a[1] for a, b in zip(merged, merged[1:])]
print("gaps between blocks:", gaps, "negative //:", [g // -7 for g in gaps], "mod:", [-g % 7 for g in gaps])

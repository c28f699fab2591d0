"""Timesheet arithmetic with datetime.date and timedelta: parsing ISO dates (with CPython's
errors), weeks starting on Monday, strftime, differences and durations."""

import datetime
from datetime import date, timedelta

ENTRIES = """\
2024-03-04|ann|6.5
2024-03-05|bob|8
2024-03-07|ann|9.25
2024-02-30|cy|4
2024-03-10|bob|3
not-a-date|ann|1
2024-03-11|ann|7"""


def week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def parse(text):
    rows, errors = [], []
    for n, line in enumerate(text.splitlines(), 1):
        day_text, who, hours = line.split("|")
        try:
            day = date.fromisoformat(day_text)
        except ValueError as exc:
            errors.append(f"line {n}: bad date {day_text!r} ({exc})")
            continue
        rows.append((day, who, float(hours)))
    return rows, errors


rows, errors = parse(ENTRIES)
print("\n".join(errors))
weeks = {}
for day, who, hours in rows:
    key = week_start(day)
    weeks[key] = weeks.get(key, 0.0) + hours
for start in sorted(weeks):
    end = start + timedelta(days=6)
    print(f"week of {start:%d %b} - {end.strftime('%d %b %Y')} ({start.isocalendar()[1]:02d}): "
          f"{weeks[start]:5.2f} h")

monday = date(2024, 3, 4)
days = [monday + timedelta(days=i) for i in range(7)]
print([d.strftime("%a") for d in days], days[-1].isoweekday(), days[2].isoformat())
print(repr(days[0]), str(days[1]), days[6] > days[0], max(days).day, min(days).month)
span = days[-1] - days[0]
print(span, span.days, repr(span), (date(2024, 12, 25) - monday).days)
shift = timedelta(hours=7, minutes=45)
print(shift, shift.total_seconds(), shift * 3, -shift, shift // 2, shift / timedelta(minutes=15))
print(timedelta(days=1, seconds=-1), timedelta(weeks=2) + shift, abs(-shift) == shift)
print(datetime.date(2000, 2, 29).replace(year=2004), date.fromordinal(738000),
      monday.toordinal(), monday.ctime())
leap = [y for y in range(1896, 1910) if date(y, 3, 1) - date(y, 2, 28) == timedelta(days=2)]
print(leap, {d: d.weekday() for d in days[:2]})
try:
    date(2023, 2, 29)
except ValueError as exc:
    print("ValueError:", exc)
print(f"{monday:%A %j} {monday.year}-{monday.month:02d}-{monday.day:02d}")

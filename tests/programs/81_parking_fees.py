# Parking garage fee calculator with time parsing, daily caps and a summary.
import sys

RATE_FIRST_HOUR = 3.0
RATE_PER_HALF_HOUR = 1.25
DAILY_CAP = 20.0
GRACE_MINUTES = 10


def parse_time(text):
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def format_minutes(total):
    h, m = divmod(total, 60)
    return f"{h}h{m:02d}m"


def fee_for(minutes):
    if minutes <= GRACE_MINUTES:
        return 0.0
    days, rest = divmod(minutes, 24 * 60)
    fee = days * DAILY_CAP
    if rest > 0:
        day_fee = RATE_FIRST_HOUR
        if rest > 60:
            extra = rest - 60
            half_hours = (extra + 29) // 30
            day_fee += half_hours * RATE_PER_HALF_HOUR
        fee += min(day_fee, DAILY_CAP)
    return fee


tickets = [
    ("ABC123", "08:15", "08:22", 0),
    ("XYZ789", "09:00", "10:00", 0),
    ("JKL456", "07:45", "12:10", 0),
    ("MNO321", "13:30", "23:59", 0),
    ("PQR654", "22:00", "06:30", 1),
    ("STU987", "10:05", "10:05", 2),
    ("VWX111", "18:20", "17:00", 0),
]

total = 0.0
durations = []
errors = 0
print(f"{'Plate':<8}{'In':>6}{'Out':>6}{'Stay':>9}{'Fee':>8}")
for plate, t_in, t_out, extra_days in tickets:
    start = parse_time(t_in)
    end = parse_time(t_out) + extra_days * 24 * 60
    if end < start:
        print(f"{plate:<8}{t_in:>6}{t_out:>6}  ERROR: exit before entry")
        errors += 1
        continue
    stay = end - start
    fee = fee_for(stay)
    total += fee
    durations.append(stay)
    print(f"{plate:<8}{t_in:>6}{t_out:>6}{format_minutes(stay):>9}{fee:>8.2f}")

print("-" * 37)
print(f"Revenue: ${total:.2f} from {len(durations)} cars")
avg = sum(durations) / len(durations)
print(f"Average stay: {format_minutes(int(avg))} ({avg:.1f} minutes)")
print("Longest stay:", format_minutes(max(durations)))
print()
print("Fee schedule:")
for mins in [5, 10, 11, 60, 61, 90, 91, 180, 600, 1440, 1500, 2000]:
    print(f"  {mins:>5} min -> ${fee_for(mins):>6.2f}")
if errors:
    print(f"{errors} ticket(s) could not be processed")
    sys.exit(2)

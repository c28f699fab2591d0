# Leap year rules, days in month and a few calendar calculations.


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    if month in (4, 6, 9, 11):
        return 30
    return 31


def day_of_year(year: int, month: int, day: int) -> int:
    return sum(days_in_month(year, m) for m in range(1, month)) + day


def weekday(year: int, month: int, day: int) -> str:
    names = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    if month < 3:
        month += 12
        year -= 1
    k = year % 100
    j = year // 100
    h = (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return names[h]


def days_between(y1: int, y2: int) -> int:
    return sum(366 if is_leap(y) else 365 for y in range(y1, y2))


years = [1900, 1996, 1999, 2000, 2023, 2024, 2100, 2400]
for y in years:
    reason = ""
    if y % 400 == 0:
        reason = "divisible by 400"
    elif y % 100 == 0:
        reason = "century not divisible by 400"
    elif y % 4 == 0:
        reason = "divisible by 4"
    else:
        reason = "not divisible by 4"
    print(f"{y}: {'leap' if is_leap(y) else 'common':<6} ({reason})")

print()
leaps = [y for y in range(1890, 1920) if is_leap(y)]
print("Leap years 1890-1919:", leaps)
count = sum(1 for y in range(1, 2001) if is_leap(y))
print("Leap years from 1 to 2000:", count)

print()
month_names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
for year in (2023, 2024):
    lengths = [days_in_month(year, m) for m in range(1, 13)]
    print(year, " ".join(f"{name}:{d}" for name, d in zip(month_names, lengths)), "total", sum(lengths))

print()
dates = [(2024, 1, 1), (2024, 2, 29), (2024, 12, 31), (2023, 12, 31), (2000, 7, 4), (1969, 7, 20)]
for y, m, d in dates:
    print(f"{y:04d}-{m:02d}-{d:02d} is day {day_of_year(y, m, d):>3} and a {weekday(y, m, d)}")

print()
print("Days from 2000 to 2024:", days_between(2000, 2024))
age_days = days_between(1990, 2024) + day_of_year(2024, 3, 15) - day_of_year(1990, 6, 1)
print("Days alive (born 1990-06-01, today 2024-03-15):", age_days)
weeks, rest = divmod(age_days, 7)
print(f"That is {weeks} weeks and {rest} days, about {age_days / 365.25:.2f} years")

next_leap = 2025
while not is_leap(next_leap):
    next_leap += 1
print("Next leap year after 2024:", next_leap)
fridays = [m for m in range(1, 13) if weekday(2026, m, 13) == "Friday"]
print("Friday the 13th months in 2026:", [month_names[m - 1] for m in fridays])

# Print month calendars and compute day-of-week facts without any imports.

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
DAY_NAMES = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def weekday(year: int, month: int, day: int) -> int:
    # Zeller-style congruence, 0 = Monday; relies on Python's floor modulo
    if month < 3:
        month += 12
        year -= 1
    k = year % 100
    j = year // 100
    h = (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 - 2 * j) % 7
    return (h + 5) % 7


def print_month(year: int, month: int) -> None:
    title = f"{MONTH_NAMES[month - 1]} {year}"
    print(title.center(20).rstrip())
    print(" ".join(DAY_NAMES))
    first = weekday(year, month, 1)
    cells = ["  "] * first + [f"{d:>2}" for d in range(1, days_in_month(year, month) + 1)]
    for start in range(0, len(cells), 7):
        print(" ".join(cells[start:start + 7]))


def day_of_year(year: int, month: int, day: int) -> int:
    return sum(days_in_month(year, m) for m in range(1, month)) + day


def main() -> None:
    print_month(2024, 2)
    print()
    print_month(2023, 10)
    print()
    for y in [1900, 2000, 2023, 2024, 2100]:
        print(y, "leap" if is_leap(y) else "common", days_in_month(y, 2))
    dates = [(1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1815, 6, 18), (2038, 1, 19)]
    for y, m, d in dates:
        wd = weekday(y, m, d)
        print(f"{y:04d}-{m:02d}-{d:02d} is a {DAY_NAMES[wd]}, day {day_of_year(y, m, d)} of the year")
    friday13 = []
    for m in range(1, 13):
        if weekday(2026, m, 13) == 4:
            friday13.append(MONTH_NAMES[m - 1][:3])
    print("Friday the 13th in 2026:", friday13)
    counts = [0] * 7
    for m in range(1, 13):
        counts[weekday(2024, m, 1)] += 1
    print("Month starts by weekday in 2024:", dict(zip(DAY_NAMES, counts)))
    print("Days in 2024:", sum(days_in_month(2024, m) for m in range(1, 13)))
    print("Weeks and days:", divmod(day_of_year(2024, 12, 31), 7))


if __name__ == "__main__":
    main()

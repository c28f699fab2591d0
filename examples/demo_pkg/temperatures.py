"""Weekly temperature log: daily ranges, averages, streaks and Fahrenheit conversion."""

READINGS = {
    "Mon": [12, 15, 19, 17],
    "Tue": [10, 14, 21, 18],
    "Wed": [8, 9, 11, 10],
    "Thu": [14, 18, 24, 22],
    "Fri": [16, 20, 27, 25],
    "Sat": [15, 19, 26, 23],
    "Sun": [11, 13, 16, 14],
}


def average(values):
    return sum(values) / len(values)


def to_fahrenheit(celsius):
    return celsius * 9 / 5 + 32


def longest_warm_streak(days, threshold):
    best = 0
    current = 0
    for day in days:
        if max(READINGS[day]) >= threshold:
            current += 1
            best = max(best, current)
        else:
            current = 0
    return best


def main():
    days = list(READINGS)
    averages = []
    for day in days:
        values = READINGS[day]
        low, high = min(values), max(values)
        avg = average(values)
        averages.append(avg)
        print(f"{day}: {low:>3} .. {high:<3} avg {avg:6.2f} C = {to_fahrenheit(avg):6.2f} F")
    week = sum(averages) / len(averages)
    print(f"week average: {round(week, 2)}")
    warmest = days[averages.index(max(averages))]
    coldest = days[averages.index(min(averages))]
    print(f"warmest day: {warmest}, coldest day: {coldest}")
    print(f"longest streak of days reaching 20 C: {longest_warm_streak(days, 20)}")
    above = [d for d, a in zip(days, averages) if a > week]
    print("above average:", above)
    print("spread:", [max(v) - min(v) for v in READINGS.values()])


if __name__ == "__main__":
    main()

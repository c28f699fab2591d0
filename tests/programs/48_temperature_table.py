# Temperature conversion tables with annotated helper functions.


def c_to_f(celsius: float) -> float:
    return celsius * 9 / 5 + 32


def f_to_c(fahrenheit: float) -> float:
    return (fahrenheit - 32) * 5 / 9


def c_to_k(celsius: float) -> float:
    return celsius + 273.15


def describe(celsius: float) -> str:
    if celsius < 0:
        return "freezing"
    elif celsius < 10:
        return "cold"
    elif celsius < 20:
        return "mild"
    elif celsius < 30:
        return "warm"
    else:
        return "hot"


def print_table(start: int, stop: int, step: int) -> None:
    print(f"{'Celsius':>8} {'Fahrenheit':>11} {'Kelvin':>8}  Feels")
    print("-" * 40)
    for c in range(start, stop + 1, step):
        f = c_to_f(float(c))
        k = c_to_k(float(c))
        print(f"{c:>8} {f:>11.1f} {k:>8.2f}  {describe(float(c))}")


def main() -> None:
    print_table(-20, 40, 10)
    print()

    print("Fahrenheit to Celsius:")
    for f in [-40, 0, 32, 50, 72, 98, 212]:
        c = f_to_c(float(f))
        print("{:>5}F = {:>7.2f}C".format(f, c))
    print()

    weekly: list[float] = [12.5, 15.0, 9.75, 18.25, 21.0, 19.5, 14.0]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    avg = sum(weekly) / len(weekly)
    warmest = max(weekly)
    coldest = min(weekly)
    print("Weekly readings:")
    for day, temp in zip(days, weekly):
        marker = ""
        if temp == warmest:
            marker = " <- warmest"
        elif temp == coldest:
            marker = " <- coldest"
        print(f"  {day}: {temp:6.2f}C {c_to_f(temp):6.1f}F{marker}")
    print(f"Average: {avg:.3f}C ({c_to_f(avg):.1f}F)")
    print("Rounded average:", round(avg, 1), round(avg))
    above = [d for d, t in zip(days, weekly) if t > avg]
    print("Days above average:", above)
    swings = [round(weekly[i + 1] - weekly[i], 2) for i in range(len(weekly) - 1)]
    print("Day-to-day changes:", swings)
    biggest = max(swings, key=lambda x: abs(x))
    print("Biggest swing:", biggest)
    print("Raw conversions:", c_to_f(37.0), f_to_c(100.0), c_to_k(-273.15))


if __name__ == "__main__":
    main()

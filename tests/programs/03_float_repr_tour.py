# A tour of how floats print, for a numeric-formatting style guide.


def show(label, value):
    print(f"{label:<18}", value)


def running_sum(values):
    total = 0.0
    sums = []
    for v in values:
        total += v
        sums.append(total)
    return sums


def mean(values):
    return sum(values) / len(values)


def main():
    show("0.1 + 0.2", 0.1 + 0.2)
    show("1 / 3", 1 / 3)
    show("2 / 3", 2 / 3)
    show("7 / 7", 7 / 7)
    show("2.0", 2.0)
    show("1e20", 1e20)
    show("1e16", 1e16)
    show("1e15", 1e15)
    show("123456789.0*10", 123456789.0 * 10)
    show("1e-05", 1e-05)
    show("0.0001", 0.0001)
    show("-0.0", -0.0)
    show("0.0 * -1", 0.0 * -1)
    show("3 * 0.1", 3 * 0.1)
    show("1.1 * 1.1", 1.1 * 1.1)
    show("100.0 / 3", 100.0 / 3)
    show("2 ** 0.5", 2 ** 0.5)
    show("float(10)", float(10))
    show("float('2.50')", float("2.50"))
    show("1.5e300 * 1e10", 1.5e300 * 1e10)
    show("abs(-2.5)", abs(-2.5))

    print("int(3.99) ->", int(3.99), "int(-3.99) ->", int(-3.99))
    print(running_sum([0.1] * 10))
    print(mean([1.0, 2.0, 3.0, 4.0]))
    print(mean([1.5, 2.5]))
    print([1.0, 2.5, -0.0, 1e-7, 12345678901234567890.0])
    print((0.5, 0.25), {"pi": 3.14159, "e": 2.71828})
    print(str(0.1), repr(0.1), str(1e22))
    print(f"{0.1 + 0.2}", f"{1e20}", f"{1/3:.3f}", f"{2.5:.0f}", f"{3.5:.0f}")
    print(f"{1234.5678:08.2f}|{-3.14159:8.3f}|{42.0:e}|{0.000123:.2e}")
    print(f"{12.0:g}|{0.00001234:g}|{1e20:g}|{123456789.0:g}")
    print(f"{0.456:.1%}|{1.0:%}|{-0.125:+.3f}")
    print(round(2.675, 2), round(1.005, 2), round(-0.5), round(0.5), round(1.5))
    print(max(0.1 + 0.2, 0.3), min(-0.0, 0.0), 0.1 + 0.2 == 0.3)
    print(10 / 4, 10 // 4, 10.0 // 4, -10 / 4, 9 / 3)


if __name__ == "__main__":
    main()

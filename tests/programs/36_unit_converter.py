# Unit conversion tables using str.format and f-string format specs.

LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}
MASS = {"g": 1.0, "kg": 1000.0, "oz": 28.349523125, "lb": 453.59237}


def convert(value, src, dst, table):
    return value * table[src] / table[dst]


def c_to_f(c):
    return c * 9 / 5 + 32


def f_to_c(f):
    return (f - 32) * 5 / 9


def print_table(table, units, value):
    header = "{:>8}".format("") + "".join("{:>12}".format(u) for u in units)
    print(header)
    for src in units:
        row = "{:>8}".format(f"{value:g} {src}")
        for dst in units:
            row += "{:>12.4g}".format(convert(value, src, dst, table))
        print(row)


def main():
    print("Length conversions of 1 unit:")
    print_table(LENGTH, ["mm", "m", "km", "in", "ft", "mi"], 1.0)
    print()
    print("Mass conversions of 2.5 units:")
    print_table(MASS, ["g", "kg", "oz", "lb"], 2.5)
    print()
    print("{0} km is {1:.3f} miles; {1} exactly".format(42.195, convert(42.195, "km", "mi", LENGTH)))
    print("{} ft {} in = {:.2f} cm".format(5, 11, convert(5.0, "ft", "cm", LENGTH) + convert(11.0, "in", "cm", LENGTH)))
    print("{0:*^20}|{1:<6}|{2:>6}|{0}".format("temps", "C", "F"))
    for c in range(-40, 121, 20):
        f = c_to_f(c)
        print("{:>6} C = {:>7.1f} F   {!r}".format(c, f, f))
    for f in [0.0, 32.0, 98.6, 212.0, -459.67]:
        print(f"{f:>8} F = {f_to_c(f):>9.3f} C = {f_to_c(f) + 273.15:>8.2f} K")
    print(f"{1234567.891:,.2f} | {1234567:,} | {0.5:.3%} | {255:x} | {255:X} | {255:o} | {255:b} | {255:#x}")
    print(f"{42:+d} | {-42:+d} | {42:06d} | {-42:06d} | {3.14159:10.4f}| {3.14159:<10.2f}|")
    print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':-^10}|{7:0>4}")
    print("{:,}".format(10 ** 12), "{:_}".format(10 ** 9), "{:.0f}".format(1e6))
    print(str(convert(1.0, "mi", "km", LENGTH)), round(convert(1.0, "mi", "km", LENGTH), 3))


if __name__ == "__main__":
    main()

# Exploring Python's floor division and modulo on negative numbers,
# as used in calendar and clock arithmetic.


def clock_add(hour: int, delta: int) -> int:
    return (hour + delta) % 12


def weekday_name(offset: int) -> str:
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    return names[offset % 7]


def split_seconds(total: int) -> tuple[int, int, int]:
    sign = 1
    if total < 0:
        sign = -1
        total = -total
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return sign * hours, minutes, seconds


def bucket_index(value: int, width: int) -> int:
    return value // width


def main():
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-1, 10), (13, -5)]
    print("a      b   a//b  a%b  divmod")
    for a, b in pairs:
        print(f"{a:>3} {b:>5} {a // b:>6} {a % b:>4}  {divmod(a, b)}")

    print()
    print("Float versions:")
    for x, y in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-0.5, 1.0)]:
        print(x, y, x // y, x % y)

    print()
    for h, d in [(3, 5), (11, 3), (2, -5), (0, -25)]:
        print(f"{h} o'clock + {d}h -> {clock_add(h, d)}")

    print([weekday_name(k) for k in range(-3, 10, 3)])

    for t in [3725, -3725, 59, 86399]:
        print(t, "->", split_seconds(t))

    values = [-25, -10, -1, 0, 1, 9, 10, 24]
    buckets = {}
    for v in values:
        idx = bucket_index(v, 10)
        buckets.setdefault(idx, []).append(v)
    for k in sorted(buckets):
        print(f"bucket {k:>3}: {buckets[k]}")

    print(-7 // 2 * 2 + -7 % 2)
    print(pow(-2, 3), (-2) ** 2, -2 ** 2, 2 ** -1)
    print(divmod(-17, 5), divmod(17, -5))
    print(int(-7 / 2), -7 // 2, round(-7 / 2))


if __name__ == "__main__":
    main()

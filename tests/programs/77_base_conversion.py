# Converting numbers between bases by hand and checking against int() and format specs.

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n: int, base: int) -> str:
    if n == 0:
        return "0"
    negative = n < 0
    n = abs(n)
    out = ""
    while n > 0:
        n, r = divmod(n, base)
        out = DIGITS[r] + out
    return "-" + out if negative else out


def from_base(text: str, base: int) -> int:
    text = text.strip().lower()
    sign = 1
    if text.startswith("-"):
        sign = -1
        text = text[1:]
    value = 0
    for ch in text:
        value = value * base + DIGITS.find(ch)
    return sign * value


def bit_count(n: int) -> int:
    count = 0
    while n:
        count += n % 2
        n //= 2
    return count


def main() -> None:
    numbers = [0, 5, 10, 255, 1000, 4096, 65535, -42, 123456789]
    print(f"{'dec':>10} {'bin':>28} {'oct':>10} {'hex':>8} {'b36':>6}")
    for n in numbers:
        b = to_base(n, 2)
        o = to_base(n, 8)
        h = to_base(n, 16)
        t = to_base(n, 36)
        print(f"{n:>10} {b:>28} {o:>10} {h:>8} {t:>6}")

    print()
    print("Checks against built-ins:")
    for n in [255, 1000, 65535]:
        print(f"  {n}: hex {n:x} == {to_base(n, 16)} -> {format_ok(n)}")
    for text, base in [("ff", 16), ("777", 8), ("101101", 2), ("zz", 36), ("-1a", 16)]:
        mine = from_base(text, base)
        print(f"  {text!r} base {base:>2} = {mine:>5} (int() says {int(text, base)})")

    print()
    print("Bits set in 0..16:", [bit_count(i) for i in range(17)])
    print("Padded binary:")
    for i in range(0, 16, 3):
        print(f"  {i:>2} = {to_base(i, 2).zfill(8)}  hex {i:02x}  {i:05d}")
    rgb = (255, 128, 0)
    print("Colour hex:", "#" + "".join(to_base(c, 16).zfill(2) for c in rgb))
    color = "1e90ff"
    parts = [from_base(color[i:i + 2], 16) for i in range(0, 6, 2)]
    print("Parsed #1e90ff:", parts)
    print("Powers of two in binary:", [to_base(2 ** k, 2) for k in range(6)])


def format_ok(n: int) -> bool:
    return f"{n:x}" == to_base(n, 16)


if __name__ == "__main__":
    main()

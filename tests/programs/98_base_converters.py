# Binary / hex / arbitrary base conversion written by hand, checked against format specs.

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def to_base(n, base):
    if base < 2 or base > len(DIGITS):
        return None
    if n == 0:
        return "0"
    negative = n < 0
    n = abs(n)
    out = []
    while n > 0:
        n, d = divmod(n, base)
        out.append(DIGITS[d])
    text = "".join(reversed(out))
    return "-" + text if negative else text


def from_base(text, base):
    text = text.strip().upper()
    if not text:
        return None
    sign = 1
    if text[0] == "-":
        sign = -1
        text = text[1:]
    value = 0
    for ch in text:
        d = DIGITS.find(ch)
        if d < 0 or d >= base:
            return None
        value = value * base + d
    return sign * value


def twos_complement(n, bits):
    mask = (1 << bits) - 1
    return to_base(n & mask, 2).rjust(bits, "0")


def from_twos(text):
    bits = len(text)
    value = from_base(text, 2)
    if value is None:
        return None
    if text[0] == "1":
        value -= 1 << bits
    return value


def hex_dump(s, width=8):
    codes = [ord(ch) for ch in s]
    rows = []
    for start in range(0, len(codes), width):
        chunk = codes[start:start + width]
        hexes = " ".join(to_base(c, 16).rjust(2, "0") for c in chunk)
        text = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        rows.append(f"{start:04x}  {hexes:<{width * 3}} {text}")
    return rows


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def main():
    for n in [0, 5, 10, 255, 256, 4096, 65535, -42, 1000000]:
        b2, b8, b16, b36 = to_base(n, 2), to_base(n, 8), to_base(n, 16), to_base(n, 36)
        print(f"{n:>8} bin={b2:<21} oct={b8:<8} hex={b16:<6} b36={b36}")
        if n >= 0 and (b2 != f"{n:b}" or b16 != f"{n:X}" or b8 != f"{n:o}"):
            print("   MISMATCH against format spec")
    for text, base in [("ff", 16), ("777", 8), ("-1010", 2), ("zz", 36), ("129", 8), ("", 10), ("7G", 17)]:
        value = from_base(text, base)
        if value is None:
            print(f"{text!r} is not valid base {base}")
        else:
            print(f"{text!r} base {base} = {value}")
    print("base 1:", to_base(5, 1), "base 40:", to_base(5, 40))
    for n in [5, -5, 127, -128, -1]:
        enc = twos_complement(n, 8)
        print(f"{n:>5} -> {enc} -> {from_twos(enc)}   16-bit {twos_complement(n, 16)}")
    print("popcounts:", [popcount(n) for n in range(17)], popcount(2 ** 40 - 1))
    print("shifts:", 1 << 10, 1024 >> 3, -17 >> 2, -17 // 4, 0xF0 | 0x0F, 0xF0 ^ 0xFF, ~5)
    for row in hex_dump("Hello, World!\tTabs & ~tilde", width=10):
        print(row)
    print(f"{255:#x} {255:#o} {255:#b} {255:08b} {-255:x} {48879:_x}")


if __name__ == "__main__":
    main()

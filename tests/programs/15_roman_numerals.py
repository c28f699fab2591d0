# Convert between integers and Roman numerals, with validation.

NUMERALS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]

VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not 0 < n < 4000:
        return None
    parts = []
    for value, symbol in NUMERALS:
        while n >= value:
            parts.append(symbol)
            n -= value
    return "".join(parts)


def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in VALUES:
            return None
        v = VALUES[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


def is_canonical(s):
    value = from_roman(s)
    if value is None:
        return False
    return to_roman(value) == s.upper()


def main():
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000, -5]:
        r = to_roman(n)
        if r is None:
            print(f"{n:>5} -> (out of range)")
        else:
            print(f"{n:>5} -> {r:<15} back: {from_roman(r)}")
    for s in ["MCMXCIV", "mmxxiv", "IIII", "IC", "XLII", "ABC", "MMMDCCCLXXXVIII"]:
        value = from_roman(s)
        print(f"{s!r:>18}: value={value} canonical={is_canonical(s)}")
    longest = ""
    longest_n = 0
    for n in range(1, 4000):
        r = to_roman(n)
        if r is not None and len(r) > len(longest):
            longest = r
            longest_n = n
    print("Longest numeral below 4000:", longest_n, longest, len(longest))
    total_chars = sum(len(to_roman(n) or "") for n in range(1, 101))
    print("Characters needed for 1..100:", total_chars)
    counts = {}
    for n in range(1, 51):
        for ch in to_roman(n) or "":
            counts[ch] = counts.get(ch, 0) + 1
    print(counts)
    year = 1987
    print(f"Copyright {to_roman(year)} ({year})")


if __name__ == "__main__":
    main()

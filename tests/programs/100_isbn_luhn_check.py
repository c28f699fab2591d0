# ISBN-10 / ISBN-13 and Luhn checksums; exits 1 when a required number fails.
import sys

REQUIRED = ["0-306-40615-2", "978-0-306-40615-7", "4539 1488 0343 6467"]
SAMPLES = [
    "0-306-40615-2",
    "0-306-40615-3",
    "0-8044-2957-X",
    "978-0-306-40615-7",
    "978-3-16-148410-0",
    "978-3-16-148410-9",
    "4539 1488 0343 6467",
    "4539 1488 0343 6468",
    "79927398713",
    "1234-5678-9012",
    "12X4",
]


def clean(code):
    return "".join(ch for ch in code if ch.isdigit() or ch in "Xx").upper()


def isbn10_ok(digits):
    if len(digits) != 10:
        return False
    total = 0
    for i, ch in enumerate(digits):
        if ch == "X":
            if i != 9:
                return False
            value = 10
        else:
            value = int(ch)
        total += (10 - i) * value
    return total % 11 == 0


def isbn13_ok(digits):
    if len(digits) != 13 or not digits.isdigit():
        return False
    weights = [1, 3] * 7
    total = sum(int(d) * w for d, w in zip(digits, weights))
    return total % 10 == 0


def luhn_ok(digits):
    if len(digits) < 2 or not digits.isdigit():
        return False
    total = 0
    for pos, ch in enumerate(reversed(digits)):
        d = int(ch)
        if pos % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def isbn10_to_13(digits):
    if not isbn10_ok(digits):
        return None
    core = "978" + digits[:9]
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(core))
    check = (10 - total % 10) % 10
    return core + str(check)


def identify(code):
    digits = clean(code)
    if isbn10_ok(digits):
        return "ISBN-10"
    if isbn13_ok(digits):
        return "ISBN-13"
    if luhn_ok(digits):
        return "Luhn"
    return ""


def mask(digits):
    if len(digits) <= 4:
        return digits
    return "*" * (len(digits) - 4) + digits[-4:]


def main():
    kinds = {}
    for code in SAMPLES:
        kind = identify(code)
        digits = clean(code)
        label = kind if kind else "INVALID"
        kinds.setdefault(label, []).append(code)
        print(f"{code:<22} {len(digits):>2} digits  {label:<8} {mask(digits)}")
    print()
    for label in sorted(kinds):
        print(f"{label:>8}: {len(kinds[label])}")
    for code in ["0-306-40615-2", "0-8044-2957-X", "0-306-40615-3"]:
        converted = isbn10_to_13(clean(code))
        if converted is not None:
            print(f"{code} -> {converted} valid13={isbn13_ok(converted)}")
        else:
            print(f"{code} cannot be converted")
    failures = [code for code in REQUIRED if not identify(code)]
    print(f"initial required check: {len(REQUIRED) - len(failures)}/{len(REQUIRED)} ok")
    print("next Luhn digit for 7992739871:", [d for d in range(10) if luhn_ok("7992739871" + str(d))])
    REQUIRED.append("4539 1488 0343 6468")
    failures = [code for code in REQUIRED if not identify(code)]
    if failures:
        print(f"{len(failures)} required number(s) failed: {failures}")
        sys.exit(1)
    print("all required numbers valid")


if __name__ == "__main__":
    main()

# Digit manipulation: sums, digital roots, reversal, Luhn checksum.


def digit_sum(n):
    n = abs(n)
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n


def reverse_digits(n):
    sign = -1 if n < 0 else 1
    return sign * int(str(abs(n))[::-1])


def digits_of(n):
    return [int(d) for d in str(abs(n))]


def luhn_valid(number):
    digits = [int(ch) for ch in number if ch.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def is_harshad(n):
    return n % digit_sum(n) == 0


def main():
    for n in [0, 7, 38, 12345, 999999999, -4567, 9223372036854775807]:
        print(f"{n:>20}: sum={digit_sum(n):>3} root={digital_root(digit_sum(n)):>2} reversed={reverse_digits(n)}")

    print()
    print("Digits of 907150:", digits_of(907150))
    print("Product of digits of 2345:", end=" ")
    product = 1
    for d in digits_of(2345):
        product *= d
    print(product)

    print()
    cards = ["4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "1234-5678-9012-3456"]
    for card in cards:
        print(f"{card:<22} {'valid' if luhn_valid(card) else 'invalid'}")

    print()
    harshad = [n for n in range(1, 60) if is_harshad(n)]
    print("Harshad numbers below 60:", harshad)
    same_sum = {}
    for n in range(100, 130):
        same_sum.setdefault(digit_sum(n), []).append(n)
    for s in sorted(same_sum)[:5]:
        print(f"  digit sum {s:>2}: {same_sum[s]}")

    print()
    n = 2 ** 50
    print("2**50 =", n, "digit sum", digit_sum(n))
    count = 0
    for i in range(1, 1001):
        if digit_sum(i) == 10:
            count += 1
    print("Numbers 1..1000 with digit sum 10:", count)
    steps = 0
    m = 9876
    while m >= 10:
        m = digit_sum(m)
        steps += 1
    print("Persistence-like steps for 9876:", steps, "ends at", m)
    print("pow examples:", pow(2, 10), pow(-3, 3), pow(3, 200, 1000), pow(7, 2, 5))
    print("divmod examples:", divmod(1234, 10), divmod(-1234, 10), divmod(1234, -10))


if __name__ == "__main__":
    main()

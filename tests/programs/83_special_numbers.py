# Perfect, Armstrong, happy, and Kaprekar numbers found by brute force.

def divisors_sum(n):
    if n < 2:
        return 0
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total


def is_armstrong(n):
    digits = str(n)
    power = len(digits)
    return n == sum(int(d) ** power for d in digits)


def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


def kaprekar_steps(n):
    steps = 0
    while n != 6174 and steps < 10:
        digits = str(n).zfill(4)
        high = int("".join(sorted(digits, reverse=True)))
        low = int("".join(sorted(digits)))
        n = high - low
        steps += 1
    return steps


perfect = [n for n in range(2, 10000) if divisors_sum(n) == n]
print("Perfect numbers below 10000:", perfect)

abundant = 0
deficient = 0
for n in range(2, 101):
    s = divisors_sum(n)
    if s > n:
        abundant += 1
    elif s < n:
        deficient += 1
print(f"2..100: {abundant} abundant, {deficient} deficient, {99 - abundant - deficient} perfect")

amicable = []
for a in range(2, 3000):
    b = divisors_sum(a)
    if b > a and divisors_sum(b) == a:
        amicable.append((a, b))
print("Amicable pairs below 3000:", amicable)

print()
print("Armstrong numbers below 100000:", [n for n in range(1, 100000) if is_armstrong(n)])

happy = [n for n in range(1, 50) if is_happy(n)]
print("Happy numbers below 50:", happy)
print(f"{len(happy)} happy out of 49 ({len(happy) / 49:.1%})")

print()
print("Kaprekar routine to 6174:")
for start in [3524, 2111, 9831, 1000, 6174]:
    print(f"  {start}: {kaprekar_steps(start)} steps")

triangular = [n * (n + 1) // 2 for n in range(1, 15)]
squares = [n * n for n in range(1, 40)]
both = [t for t in triangular if t in squares]
print()
print("Triangular numbers:", triangular)
print("Also square:", both)
cubes_sum = {}
for a in range(1, 13):
    for b in range(a, 13):
        cubes_sum.setdefault(a ** 3 + b ** 3, []).append((a, b))
taxicab = [(s, pairs) for s, pairs in sorted(cubes_sum.items()) if len(pairs) > 1]
print("Sums of two cubes in two ways:", taxicab)

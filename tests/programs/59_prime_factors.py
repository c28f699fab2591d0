# Prime factorisation by trial division, divisor counts and a small sieve.

def prime_factors(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


def factor_string(n):
    factors = prime_factors(n)
    counts = {}
    for f in factors:
        counts[f] = counts.get(f, 0) + 1
    parts = []
    for p in sorted(counts):
        if counts[p] == 1:
            parts.append(str(p))
        else:
            parts.append(f"{p}^{counts[p]}")
    return " x ".join(parts)


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True


def divisor_count(n):
    counts = {}
    for f in prime_factors(n):
        counts[f] = counts.get(f, 0) + 1
    total = 1
    for exp in counts.values():
        total *= exp + 1
    return total


numbers = [2, 12, 60, 97, 100, 360, 1001, 1024, 9973, 123456, 600851475143]
for n in numbers:
    pf = prime_factors(n)
    label = "prime" if len(pf) == 1 else factor_string(n)
    print(f"{n:>13,}: {label}")

print()
print("Largest prime factor of 600851475143:", max(prime_factors(600851475143)))

sieve_limit = 60
is_p = [True] * (sieve_limit + 1)
is_p[0] = False
is_p[1] = False
for i in range(2, int(sieve_limit ** 0.5) + 1):
    if is_p[i]:
        for j in range(i * i, sieve_limit + 1, i):
            is_p[j] = False
primes = [i for i, flag in enumerate(is_p) if flag]
print("Primes up to 60:", primes)
print("Trial division agrees:", primes == [n for n in range(sieve_limit + 1) if is_prime(n)])

twins = [(p, p + 2) for p in primes if p + 2 <= sieve_limit and is_p[p + 2]]
print("Twin primes:", twins)

print()
print("Most divisors below 100:")
best = 1
for n in range(1, 100):
    if divisor_count(n) > divisor_count(best):
        best = n
print(f"  {best} has {divisor_count(best)} divisors: {[d for d in range(1, best + 1) if best % d == 0]}")

for n in [28, 30, 49]:
    for d in range(2, n):
        if n % d == 0:
            print(f"{n} is composite, smallest factor {d}")
            break
    else:
        print(f"{n} is prime")
for n in [29, 31]:
    for d in range(2, n):
        if n % d == 0:
            print(f"{n} is composite")
            break
    else:
        print(f"{n} is prime")

# Sieve of Eratosthenes plus a few number-theory reports.


def sieve(limit: int) -> list[int]:
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]


def factorize(n: int) -> list[tuple[int, int]]:
    factors = []
    d = 2
    while d * d <= n:
        count = 0
        while n % d == 0:
            n //= d
            count += 1
        if count:
            factors.append((d, count))
        d += 1
    if n > 1:
        factors.append((n, 1))
    return factors


def format_factors(factors: list[tuple[int, int]]) -> str:
    parts = []
    for p, e in factors:
        parts.append(str(p) if e == 1 else f"{p}^{e}")
    return " * ".join(parts)


def twin_primes(primes: list[int]) -> list[tuple[int, int]]:
    return [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]


def main() -> None:
    primes = sieve(120)
    print(f"{len(primes)} primes below 120")
    print(primes)
    print("Last five:", primes[-5:], "every 5th:", primes[::5])
    print("Twin primes:", twin_primes(primes))
    gaps = [b - a for a, b in zip(primes, primes[1:])]
    print("Max gap:", max(gaps), "at index", gaps.index(max(gaps)))
    for n in [360, 97, 1001, 1024, 9973 * 2, 600851475143]:
        print(f"{n:>13,} = {format_factors(factorize(n))}")
    for n in range(90, 100):
        if n in primes:
            print("first prime in 90s:", n)
            break
    else:
        print("no prime in the 90s")
    for n in range(114, 120):
        if n in primes:
            print("prime found:", n)
            break
    else:
        print("no prime between 114 and 119")
    goldbach = {}
    prime_set = set(primes)
    for even in range(4, 41, 2):
        for p in primes:
            if even - p in prime_set:
                goldbach[even] = (p, even - p)
                break
    print(goldbach)


if __name__ == "__main__":
    main()

"""Reproducible random draws and a probabilistic prime finder."""
import random


def miller_rabin(n, rounds):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]:
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = random.randrange(2, n - 1)
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        composite = True
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                composite = False
                break
        if composite:
            return False
    return True


def next_prime(start):
    candidate = start | 1
    while not miller_rabin(candidate, 12):
        candidate += 2
    return candidate


def team_draft(rng, players):
    pool = list(players)
    rng.shuffle(pool)
    half = len(pool) // 2
    return sorted(pool[:half]), sorted(pool[half:])


def main():
    random.seed(2024)
    print("module randint:", [random.randint(1, 6) for _ in range(8)])
    print("module choice:", random.choice(["north", "south", "east", "west"]))
    print("getrandbits(8):", random.getrandbits(8))
    print("getrandbits(100):", random.getrandbits(100))
    print("randrange(10**20):", random.randrange(10**20))

    rng = random.Random(42)
    print("rng randint:", rng.randint(1, 100), rng.randint(1, 100))
    print("rng choice:", rng.choice(["apple", "banana", "cherry"]))
    print("rng random:", round(rng.random(), 6))
    deck = list(range(1, 11))
    rng.shuffle(deck)
    print("rng shuffled:", deck)
    print("rng sample:", rng.sample(range(100), 5))
    players = ["ana", "ben", "cy", "dee", "eve", "fay"]
    red, blue = team_draft(rng, players)
    print("red team:", red)
    print("blue team:", blue)

    other = random.Random(42)
    print("same seed same first draw:", other.randint(1, 100))
    print("module random after rng use:", round(random.random(), 6))

    random.seed(7)
    known = [2, 3, 4, 97, 561, 7919, 1000003, 2**61 - 1, 2**64 + 1]
    for n in known:
        print(f"{n} prime? {miller_rabin(n, 10)}")
    mersenne = 2**89 - 1
    print("2**89 - 1 prime?", miller_rabin(mersenne, 10))
    print("2**89 + 1 prime?", miller_rabin(mersenne + 2, 10))

    base = 10**20
    p = next_prime(base)
    print("next prime after 10**20:", p, "offset", p - base)
    q = next_prime(2**70)
    print("next prime after 2**70:", q, "bits", q.bit_length())
    product = p * q
    print("semiprime:", product, "prime?", miller_rabin(product, 10))

    random.seed(99)
    rolls = [random.randrange(1, 7) for _ in range(600)]
    counts = [rolls.count(face) for face in range(1, 7)]
    print("dice counts:", counts, "total", sum(counts))
    big_draws = [random.randrange(10**20) for _ in range(3)]
    print("big draws:", big_draws)
    print("draw bits:", [d.bit_length() for d in big_draws])


main()

# Beginner classics: primes, Collatz, word lengths, grades, compound interest.
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

def primes_upto(limit):
    return [n for n in range(limit + 1) if is_prime(n)]

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def word_lengths(sentence):
    result = {}
    for word in sentence.split():
        word = word.strip(".,!?").lower()
        if word:
            result[word] = len(word)
    return result

ps = primes_upto(50)
print(ps, len(ps), sum(ps), ps[-1], ps[:5])
longest = max(range(1, 30), key=collatz)
print("longest collatz under 30:", longest, collatz(longest))
wl = word_lengths("Hello, world! Hello again, brave new world.")
print(wl)
print(sorted(wl, key=wl.get, reverse=True)[:3])
grades = {"alice": 91, "bob": 78, "carol": 85}
for name, g in grades.items():
    letter = "A" if g >= 90 else "B" if g >= 80 else "C"
    print(f"{name.title():<6} {g:3d} {letter}")
avg = sum(grades.values()) / len(grades)
print(f"Average: {avg:.1f}", "above:", [n for n, g in grades.items() if g > avg])
temps_c = [-40, 0, 37, 100]
temps_f = [c * 9 / 5 + 32 for c in temps_c]
print(list(zip(temps_c, temps_f)))
n = 12345
digits = [int(d) for d in str(n)]
print(digits, sum(digits), int("".join(reversed(str(n)))), n % 10, n // 10 % 10)
balance = 1000.0
for year in range(1, 4):
    balance *= 1.05
    print(f"Year {year}: ${balance:,.2f}")
print(round(balance, 2), int(balance), float(int(balance)), 7 / 2, 7 // 2, -7 / 2, -7 // 2)

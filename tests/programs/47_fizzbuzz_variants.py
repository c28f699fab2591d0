# Classic FizzBuzz plus a few variations people write when practising loops.

print("Classic FizzBuzz 1..20")
for i in range(1, 21):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)

print()
print("String-building version on one line:")
for i in range(1, 31):
    word = ""
    if i % 3 == 0:
        word += "Fizz"
    if i % 5 == 0:
        word += "Buzz"
    if word == "":
        word = str(i)
    print(word, end=" ")
print()

print()
print("Custom rules (3 -> Foo, 4 -> Bar, 7 -> Baz):")
rules = [(3, "Foo"), (4, "Bar"), (7, "Baz")]
line_items = []
for n in range(1, 43):
    out = "".join(name for d, name in rules if n % d == 0)
    line_items.append(out if out else str(n))
for start in range(0, len(line_items), 7):
    print(" ".join(f"{w:>9}" for w in line_items[start:start + 7]))

print()
counts = {"Fizz": 0, "Buzz": 0, "FizzBuzz": 0, "number": 0}
for i in range(1, 101):
    if i % 15 == 0:
        counts["FizzBuzz"] += 1
    elif i % 3 == 0:
        counts["Fizz"] += 1
    elif i % 5 == 0:
        counts["Buzz"] += 1
    else:
        counts["number"] += 1
print("Counts for 1..100:", counts)
for key, value in counts.items():
    print(f"{key:<10}{value:>4} {value / 100:.1%}")

print()
print("FizzBuzz with negatives (-10..0):")
results = []
for i in range(-10, 1):
    if i % 15 == 0:
        results.append("FizzBuzz")
    elif i % 3 == 0:
        results.append("Fizz")
    elif i % 5 == 0:
        results.append("Buzz")
    else:
        results.append(str(i))
print(", ".join(results))
print("Remainders of -7:", -7 % 3, -7 % 5, -7 // 3, -7 // 5)

total = 0
i = 1
while True:
    if i % 3 == 0 or i % 5 == 0:
        total += i
    i += 1
    if i >= 1000:
        break
print("Sum of multiples of 3 or 5 below 1000:", total)
print("Multiples of 15 below 100:", 15, 30, 45, 60, 75, 90, sep=" | ")
print("a", "b", "c", sep="", end="!\n")
print("Check with comprehension:", sum(x for x in range(1000) if x % 3 == 0 or x % 5 == 0))

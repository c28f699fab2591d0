# Multiplication tables in several layouts.

SIZE = 10

print("Full table")
print("    |" + "".join(f"{c:>4}" for c in range(1, SIZE + 1)))
print("----+" + "-" * (4 * SIZE))
for r in range(1, SIZE + 1):
    row = "".join(f"{r * c:>4}" for c in range(1, SIZE + 1))
    print(f"{r:>3} |{row}")

print()
print("Table of 7")
for i in range(1, 13):
    print("{} x {:>2} = {:>3}".format(7, i, 7 * i))

print()
print("Triangle (only c <= r)")
for r in range(1, 8):
    for c in range(1, r + 1):
        print(f"{r * c:>3}", end="")
    print()

print()
print("Squares and cubes")
print(f"{'n':>3}{'n^2':>6}{'n^3':>7}{'2^n':>7}")
for n in range(1, 11):
    print(f"{n:>3}{n ** 2:>6}{n ** 3:>7}{2 ** n:>7}")

print()
print("Times-table quiz answers (fixed questions):")
questions = [(3, 4), (6, 7), (8, 9), (12, 12), (-3, 5), (-4, -6)]
answers = [12, 42, 71, 144, -15, 24]
correct = 0
for (a, b), given in zip(questions, answers):
    right = a * b
    if given == right:
        correct += 1
        verdict = "correct"
    else:
        verdict = f"wrong, it is {right}"
    print(f"  {a:>3} x {b:>3} = {given:>4}  {verdict}")
print(f"Score: {correct}/{len(questions)} = {correct / len(questions):.1%}")

print()
print("Hex multiplication table (1..f):")
for r in range(1, 16, 3):
    print(" ".join(f"{r * c:>3x}" for c in range(1, 16)))

diag = [r * r for r in range(1, SIZE + 1)]
print()
print("Diagonal:", diag, "sum:", sum(diag))
total = 0
for r in range(1, SIZE + 1):
    for c in range(1, SIZE + 1):
        total += r * c
print("Sum of whole table:", total, "check:", sum(range(1, SIZE + 1)) ** 2)
evens = sum(1 for r in range(1, SIZE + 1) for c in range(1, SIZE + 1) if r * c % 2 == 0)
print(f"Even entries: {evens} of {SIZE * SIZE}")

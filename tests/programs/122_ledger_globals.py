history = []
totals = {"in": 0, "out": 0}
LIMIT = 3

def record(kind, amount):
    history.append((kind, amount))
    totals[kind] += amount
    if len(history) > LIMIT:
        history.pop(0)

def balance():
    return totals["in"] - totals["out"]

for k, a in [("in", 100), ("out", 30), ("in", 5), ("out", 80)]:
    record(k, a)
print(history, totals, balance())

def fizz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out

print(", ".join(fizz(15)))
word = "racecar"
print(word == word[::-1], word.upper().center(11, "*"), word.title(), word.zfill(9))
scores = {"ann": [90, 85], "bob": [70, 95, 80]}
for name in sorted(scores):
    s = scores[name]
    print(f"{name.capitalize():>5}: avg {sum(s) / len(s):6.2f} best {max(s)} n={len(s)}")
best = None
for name, s in scores.items():
    if best is None or sum(s) > sum(scores[best]):
        best = name
print("best:", best)
values = [1, -2, 3]
print(any(v < 0 for v in values), all(v < 5 for v in values), sorted(values, key=abs), [abs(v) for v in values])
print(int("42") + int(" -7 "), float("3.5"), str(3.0), repr("it's"), bool(""), bool("x"), ord("A"), chr(97))
print(10 - 3 * 2 ** 2, (10 - 3) * 2, 7 % 3, -7 % 3, 7.5 // 2, -7.5 % 2, 2 ** 0.5)

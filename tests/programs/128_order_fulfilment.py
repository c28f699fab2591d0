# Order fulfilment with Optional stock lookups, a job queue and a board; exits with the problem count.
import sys

inventory = {"apple": 3, "pear": 0, "fig": 12}
orders = [("apple", 2), ("pear", 1), ("fig", 5), ("kiwi", 1)]
problems = []
for item, qty in orders:
    stock = inventory.get(item)
    if stock is None:
        problems.append(f"unknown item {item!r}")
        continue
    if stock < qty:
        problems.append(f"not enough {item}: have {stock}, need {qty}")
    else:
        inventory[item] = stock - qty
print(inventory)
for p in problems:
    print("problem:", p)
queue = [5, 1, 4]
while queue:
    job = queue.pop(0)
    if job > 3:
        queue.append(job - 3)
    print("job", job, "left", queue)
board = [["." for _ in range(3)] for _ in range(3)]
board[1][1] = "X"
board[0][2] = "O"
for row in board:
    print("".join(row))
print("\n".join(" ".join(r) for r in board))
s = "Mississippi"
counts = {ch: s.count(ch) for ch in sorted(set(s))}
print(counts, s.lower().index("ss"), s.replace("ss", "SS", 1), s.upper().startswith("MISS"))
print("%-6s|%5.1f|%03d" % ("ab", 3.14159, 7), "{0}-{1}-{0}".format("x", "y"), "{name}!".format(name="hi"))
if problems:
    print(f"{len(problems)} problems", file=sys.stderr)
    sys.exit(len(problems))

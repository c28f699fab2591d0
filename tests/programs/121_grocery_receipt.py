PRICES = {"apple": 0.5, "bread": 2.25, "milk": 1.99}
calls = 0

def price_of(item, qty=1):
    global calls
    calls += 1
    return PRICES.get(item, 0.0) * qty

def receipt(order):
    lines = []
    total = 0.0
    for item, qty in sorted(order.items(), key=lambda kv: kv[1], reverse=True):
        cost = price_of(item, qty=qty)
        total += cost
        lines.append(f"{item:<8}{qty:>3} x {PRICES.get(item, 0.0):>5.2f} = {cost:>7,.2f}")
    return lines, round(total, 2)

order = {"milk": 2, "apple": 12, "bread": 1, "caviar": 1}
lines, total = receipt(order)
print("\n".join(lines))
print("TOTAL", total, f"{total:,.1f}", round(total), calls)
grid = [[0] * 3 for _ in range(3)]
alias = grid[1]
alias[2] = 7
grid[0][0] = 1
print(grid, max([(2, "b"), (2, "c"), (1, "z")]))
nums = [5, 3, 8, 1]
nums.sort(reverse=True)
m, r = divmod(17, 5)
print(nums, m, r, abs(-3.5), "ab" * 3, "b" > "a", "apple" < "Apple")
text = " a, b ,c,, d "
parts = [p.strip() for p in text.strip().split(",") if p.strip()]
print(parts, len(text), text.replace(" ", ""), 1e16, 1.5e-7, 0.1 + 0.2, 1 / 3, float(10), -0.0)
for idx, ch in enumerate("héllo"):
    if ch == "l":
        print("first l at", idx)
        break
else:
    print("no l")
n = 0
while True:
    n += 1
    if n * n > 50:
        break
print(n, sum([0.1] * 10), 3 in {1: "a", 3: "b"}, [1, 2] + [3], [1, 2] * 2, (1, "a") < (1, "b"))

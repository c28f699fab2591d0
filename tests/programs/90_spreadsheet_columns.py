# Tiny spreadsheet: column letters, cell references, range formulas (plain script).

SHEET = """
item,q1,q2,q3,q4
widgets,120,135,98,150
gadgets,80,,95,110
doohickeys,45,50,55,
gizmos,200,180,210,190
sprockets,15,22,,31
"""

FORMULAS = ["SUM(B2:B6)", "SUM(B2:E2)", "MAX(C2:C6)", "MIN(B4:E4)", "AVG(B2:E6)", "SUM(E6:B2)", "COUNT(C2:D6)"]


def column_name(n):
    name = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        name = chr(ord("A") + rem) + name
    return name


def column_number(name):
    total = 0
    for ch in name:
        total = total * 26 + (ord(ch) - ord("A") + 1)
    return total


def parse_ref(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    return int(ref[i:]), column_number(ref[:i])


def cells_in(rng):
    left, _, right = rng.partition(":")
    r1, c1 = parse_ref(left)
    r2, c2 = parse_ref(right)
    if r1 > r2:
        r1, r2 = r2, r1
    if c1 > c2:
        c1, c2 = c2, c1
    return [(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]


def evaluate(formula, values, blanks):
    name, _, rest = formula.partition("(")
    cells = [cell for cell in cells_in(rest.rstrip(")")) if cell not in blanks]
    nums = [values[cell] for cell in cells]
    if name == "SUM":
        return float(sum(nums))
    if name == "MAX":
        return float(max(nums))
    if name == "MIN":
        return float(min(nums))
    if name == "COUNT":
        return float(len(nums))
    return sum(nums) / len(nums)


lines = [line for line in SHEET.strip().split("\n")]
header = lines[0].split(",")
values = {}
blanks = []
labels = []
for r, line in enumerate(lines[1:], start=2):
    fields = line.split(",")
    labels.append(fields[0])
    for c, text in enumerate(fields[1:], start=2):
        if text.strip() == "":
            blanks.append((r, c))
            values[(r, c)] = 0
        else:
            values[(r, c)] = int(text)

print("     " + "".join(f"{column_name(c):>8}" for c in range(1, len(header) + 1)))
print("     " + "".join(f"{h:>8}" for h in header))
for r in range(2, len(lines) + 1):
    cells = ["" if (r, c) in blanks else str(values[(r, c)]) for c in range(2, len(header) + 1)]
    print(f"{r:>4} " + f"{labels[r - 2]:>8}" + "".join(f"{v:>8}" for v in cells))

print()
col_totals = []
for c in range(2, len(header) + 1):
    total = 0
    for r in range(2, len(lines) + 1):
        total += values[(r, c)]
    col_totals.append(total)
print("Column totals:", dict(zip(header[1:], col_totals)))
row_totals = [(labels[r - 2], sum(values[(r, c)] for c in range(2, 6))) for r in range(2, 7)]
row_totals.sort(key=lambda t: (-t[1], t[0]))
print("Rows by total:", row_totals)
print("Blank cells:", [column_name(c) + str(r) for r, c in blanks])

for f in FORMULAS:
    result = evaluate(f, values, blanks)
    print(f"{f:<14} = {result:>10.3f}")

for n in [1, 26, 27, 52, 53, 702, 703, 16384]:
    name = column_name(n)
    print(n, "->", name, "->", column_number(name))
print(parse_ref("AB12"), parse_ref("Z9"), len(cells_in("A1:C3")))

"""Matrix helpers on lists of lists: transpose, products, and unpacking records."""
from collections import namedtuple

Cell = namedtuple("Cell", ["row", "col", "value"])


def transpose(m):
    return [list(col) for col in zip(*m)]


def multiply(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def show(name, m):
    print(f"{name}:")
    for row in m:
        print("  " + " ".join(f"{x:>4}" for x in row))


def nonzero_cells(m):
    return [Cell(r, c, v) for r, row in enumerate(m) for c, v in enumerate(row) if v]


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("a^T", transpose(a))
show("a*b", multiply(a, b))
show("I3", identity(3))
print("column sums:", [sum(col) for col in zip(*a)])
first, *middle, last = multiply(b, a)
print("first row:", first, "middle rows:", len(middle), "last row:", last)
cells = nonzero_cells([[0, 3, 0], [5, 0, 0], [0, 0, 9]])
for cell in cells:
    row, col, value = cell
    print(f"  ({row}, {col}) = {value}", cell)
print("biggest:", max(cells, key=lambda c: c.value).value, "total:", sum(c.value for c in cells))
head, *tail = "matrix"
print(head, tail)

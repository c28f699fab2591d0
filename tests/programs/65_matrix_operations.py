# Matrix addition, transpose, multiplication and pretty printing with nested lists.


def print_matrix(m, label):
    print(label)
    if not m:
        print("  (empty)")
        return
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")


def add(a, b):
    return [[a[i][j] + b[i][j] for j in range(len(a[0]))] for i in range(len(a))]


def subtract(a, b):
    result = []
    for row_a, row_b in zip(a, b):
        result.append([x - y for x, y in zip(row_a, row_b)])
    return result


def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]


def multiply(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    result = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            total = 0
            for k in range(inner):
                total += a[i][k] * b[k][j]
            result[i][j] = total
    return result


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def scalar(m, k):
    return [[v * k for v in row] for row in m]


def trace(m):
    return sum(m[i][i] for i in range(len(m)))


def determinant_3x3(m):
    a, b, c = m[0]
    d, e, f = m[1]
    g, h, i = m[2]
    return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)


A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
B = [[9, -8, 7], [6, 5, -4], [3, 2, 1]]
C = [[1, 2], [3, 4], [5, 6]]

print_matrix(A, "A =")
print_matrix(B, "B =")
print_matrix(add(A, B), "A + B =")
print_matrix(subtract(A, B), "A - B =")
print_matrix(transpose(C), "transpose(C) =")
print_matrix(multiply(A, B), "A x B =")
print_matrix(multiply(A, C), "A x C =")
print_matrix(scalar(B, -2), "-2 * B =")
print("A x I == A:", multiply(A, identity(3)) == A)
print("trace(A) =", trace(A), " trace(B) =", trace(B))
print("det(A) =", determinant_3x3(A), " det(B) =", determinant_3x3(B))
print("transpose twice is original:", transpose(transpose(C)) == C)
print("(AB)^T == B^T A^T:", transpose(multiply(A, B)) == multiply(transpose(B), transpose(A)))

row_sums = [sum(row) for row in A]
col_sums = [sum(col) for col in transpose(A)]
print("Row sums:", row_sums, "Column sums:", col_sums)
flat = [v for row in B for v in row]
print("Flattened B:", flat, "max:", max(flat), "min:", min(flat))
print("Negatives in B at:", [(r, c) for r in range(3) for c in range(3) if B[r][c] < 0])

grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
alias = [[0] * 4] * 3
alias[1][2] = 5
print("Independent rows:", grid)
print("Aliased rows:   ", alias)

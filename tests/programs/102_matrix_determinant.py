# Recursive determinants, adjugate inverse and Cramer's rule on small matrices.
import math


def minor(m, row, col):
    return [[m[i][j] for j in range(len(m)) if j != col] for i in range(len(m)) if i != row]


def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(n):
        if m[0][col] == 0:
            continue
        sign = 1 if col % 2 == 0 else -1
        total += sign * m[0][col] * det(minor(m, 0, col))
    return total


def transpose(m):
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def inverse(m):
    d = det(m)
    if d == 0:
        return None
    n = len(m)
    cof = [[(-1) ** (i + j) * det(minor(m, i, j)) for j in range(n)] for i in range(n)]
    adj = transpose(cof)
    return [[adj[i][j] / d for j in range(n)] for i in range(n)]


def cramer(m, rhs):
    d = det(m)
    if d == 0:
        return None
    answers = []
    for col in range(len(m)):
        replaced = [row[:col] + [rhs[i]] + row[col + 1:] for i, row in enumerate(m)]
        answers.append(det(replaced) / d)
    return answers


def det_gauss(m):
    rows = [list(row) for row in m]
    n = len(rows)
    result = 1.0
    col = 0
    while col < n:
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        if abs(rows[pivot][col]) < 1e-15:
            return 0.0
        if pivot != col:
            rows[pivot], rows[col] = rows[col], rows[pivot]
            result = -result
        result *= rows[col][col]
        for r in range(col + 1, n):
            factor = rows[r][col] / rows[col][col]
            for c in range(col, n):
                rows[r][c] -= factor * rows[col][c]
        col += 1
    return result


def show(m, width=6, digits=0):
    for row in m:
        print("  [" + "".join(f"{x:>{width}.{digits}f}" for x in row) + " ]")


def identity_like(m):
    return all(math.isclose(m[i][j], 1.0 if i == j else 0.0, abs_tol=1e-9)
               for i in range(len(m)) for j in range(len(m)))


def main():
    a = [[2, -1, 0, 3], [1, 4, -2, 0], [0, 5, 1, -1], [3, 0, 2, 2]]
    b = [[1, 2, 0, 0], [0, 1, 3, 0], [4, 0, 1, 1], [0, 2, 0, 1]]
    singular = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    print("det(a) =", det(a), " det(b) =", det(b), " det(singular) =", det(singular))
    ab = matmul(a, b)
    print("det(ab) =", det(ab), "product of dets =", det(a) * det(b))
    print("det(a^T) == det(a):", det(transpose(a)) == det(a))
    print("minor(a,1,2) =", minor(a, 1, 2))
    inv = inverse(a)
    if inv is not None:
        print("inverse of a (x det):")
        show([[x * det(a) for x in row] for row in inv])
        n = len(a)
        product = [[sum(a[i][k] * inv[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
        print("a * a^-1 is identity:", identity_like(product))
        print(f"gauss det(a) = {det_gauss([[float(x) for x in row] for row in a]):.6f}")
    print("inverse of singular:", inverse(singular))
    system = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
    rhs = [8, -11, -3]
    solution = cramer(system, rhs)
    if solution is not None:
        print("solution:", [round(v, 6) for v in solution])
        check = [sum(c * v for c, v in zip(row, solution)) for row in system]
        print("check:", all(math.isclose(x, y) for x, y in zip(check, rhs)))
    hilbert = [[1.0 / (i + j + 1) for j in range(4)] for i in range(4)]
    print(f"det(hilbert4) = {det_gauss(hilbert):.6e} (exact 1/6048000 = {1 / 6048000:.6e})")
    show(hilbert, width=8, digits=4)
    upper = [[k + 1 if j >= i else 0 for j in range(5)] for i, k in enumerate(range(5))]
    diag = 1
    for i, row in enumerate(upper):
        diag *= row[i]
    print("upper triangular det =", det(upper), "diag product =", diag)
    print("swap rows flips sign:", det([a[1], a[0], a[2], a[3]]), "scaled row:", det([[3 * x for x in a[0]]] + a[1:]))


if __name__ == "__main__":
    main()

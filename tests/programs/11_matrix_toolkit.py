# Small dense matrix helpers written with type annotations.

def identity(n: int) -> list[list[int]]:
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def multiply(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    rows = len(a)
    cols = len(b[0])
    inner = len(b)
    result = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            acc = 0
            for k in range(inner):
                acc += a[i][k] * b[k][j]
            result[i][j] = acc
    return result


def transpose(m: list[list[int]]) -> list[list[int]]:
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]


def power(m: list[list[int]], exp: int) -> list[list[int]]:
    result = identity(len(m))
    base = m
    while exp > 0:
        if exp % 2 == 1:
            result = multiply(result, base)
        base = multiply(base, base)
        exp //= 2
    return result


def determinant(m: list[list[int]]) -> int:
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(n):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        sign = 1 if col % 2 == 0 else -1
        total += sign * m[0][col] * determinant(minor)
    return total


def show(name: str, m: list[list[int]]) -> None:
    print(f"{name}:")
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")


def main() -> None:
    a = [[1, 2, 3], [4, 5, 6]]
    b = [[7, 8], [9, 10], [11, 12]]
    show("A", a)
    show("B", b)
    show("A x B", multiply(a, b))
    show("B x A", multiply(b, a))
    show("A^T", transpose(a))
    fib = [[1, 1], [1, 0]]
    for n in [1, 5, 10, 30, 60]:
        print(f"fib matrix ^{n} -> F({n}) = {power(fib, n)[0][1]}")
    m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
    print("det(m) =", determinant(m))
    print("det(I4) =", determinant(identity(4)))
    print("det 4x4 =", determinant([[1, 0, 2, -1], [3, 0, 0, 5], [2, 1, 4, -3], [1, 0, 5, 0]]))
    print(m)
    trace = sum(m[i][i] for i in range(len(m)))
    anti = sum(m[i][len(m) - 1 - i] for i in range(len(m)))
    print("trace:", trace, "anti-diagonal:", anti)
    flat = [v for row in m for v in row]
    print("flat:", flat, "min:", min(flat), "max:", max(flat))


if __name__ == "__main__":
    main()

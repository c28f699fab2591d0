# Solve the N-Queens puzzle by backtracking and print statistics.


def safe(cols: list[int], row: int, col: int) -> bool:
    for r, c in enumerate(cols):
        if c == col or abs(c - col) == row - r:
            return False
    return True


def solve(n: int, row: int, cols: list[int], solutions: list[list[int]]) -> None:
    if row == n:
        solutions.append(cols.copy())
        return
    for col in range(n):
        if safe(cols, row, col):
            cols.append(col)
            solve(n, row + 1, cols, solutions)
            cols.pop()


def render(solution: list[int]) -> list[str]:
    n = len(solution)
    return ["".join("Q" if solution[r] == c else "." for c in range(n)) for r in range(n)]


def is_symmetric(solution: list[int]) -> bool:
    n = len(solution)
    mirrored = [n - 1 - c for c in solution]
    return mirrored == solution or solution[::-1] == solution


def main() -> None:
    for n in range(1, 9):
        solutions: list[list[int]] = []
        solve(n, 0, [], solutions)
        print(f"n={n}: {len(solutions)} solutions")
    solutions = []
    solve(6, 0, [], solutions)
    print("All 6-queens solutions:", solutions)
    for line in render(solutions[0]):
        print(line)
    eight: list[list[int]] = []
    solve(8, 0, [], eight)
    print("first:", eight[0], "last:", eight[-1])
    print("symmetric ones:", sum(1 for s in eight if is_symmetric(s)))
    corner = [s for s in eight if s[0] == 0]
    print("queen in corner:", len(corner))
    first_col = {}
    for s in eight:
        first_col[s[0]] = first_col.get(s[0], 0) + 1
    print("by first column:", first_col)
    as_text = ["".join(str(c + 1) for c in s) for s in eight[:4]]
    print(as_text)


if __name__ == "__main__":
    main()

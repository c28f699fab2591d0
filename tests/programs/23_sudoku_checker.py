# Check a filled-in Sudoku grid and report every rule violation.
# Exits with status 3 when the grid is not a valid solution.
import sys

GRID = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179
"""


def parse(text: str) -> list[list[int]]:
    rows = []
    for line in text.strip().splitlines():
        rows.append([int(ch) for ch in line])
    return rows


def duplicates(values: list[int]) -> list[int]:
    seen = set()
    dups = []
    for v in values:
        if v in seen and v not in dups:
            dups.append(v)
        seen.add(v)
    return sorted(dups)


def check(grid: list[list[int]]) -> list[str]:
    problems = []
    for r in range(9):
        d = duplicates(grid[r])
        if d:
            problems.append(f"row {r + 1} repeats {d}")
    for c in range(9):
        column = [grid[r][c] for r in range(9)]
        d = duplicates(column)
        if d:
            problems.append(f"column {c + 1} repeats {d}")
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            box = [grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
            d = duplicates(box)
            if d:
                problems.append(f"box ({br // 3 + 1},{bc // 3 + 1}) repeats {d}")
    return problems


def missing_in_row(row: list[int]) -> list[int]:
    return sorted(set(range(1, 10)) - set(row))


def main() -> None:
    grid = parse(GRID)
    print("Original grid valid:", not check(grid))
    grid[4][4] = 3
    grid[8][0] = 9
    for row in grid:
        print(" ".join(str(v) for v in row[:3]), "|", " ".join(str(v) for v in row[3:6]), "|", " ".join(str(v) for v in row[6:]))
    problems = check(grid)
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    for r, row in enumerate(grid, start=1):
        miss = missing_in_row(row)
        if miss:
            print(f"row {r} is missing {miss}")
    totals = [sum(row) for row in grid]
    print("row sums:", totals)
    if problems:
        sys.exit(3)
    print("solved!")


if __name__ == "__main__":
    main()

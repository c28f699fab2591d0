# Ulam prime spiral on a square grid, built by walking outward (plain script).
import math

SIZE = 15
DIRS = [(0, 1), (-1, 0), (0, -1), (1, 0)]


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    limit = int(math.sqrt(n))
    d = 3
    while d <= limit:
        if n % d == 0:
            return False
        d += 2
    return True


grid = [[0] * SIZE for _ in range(SIZE)]
r = c = SIZE // 2
value = 1
grid[r][c] = value
step_len = 1
direction = 0
while value < SIZE * SIZE:
    for _ in range(2):
        dr, dc = DIRS[direction % 4]
        moved = 0
        while moved < step_len and value < SIZE * SIZE:
            r += dr
            c += dc
            value += 1
            grid[r][c] = value
            moved += 1
        direction += 1
    step_len += 1

print(f"Ulam spiral {SIZE}x{SIZE}, corners: {grid[0][0]} {grid[0][-1]} {grid[-1][0]} {grid[-1][-1]}")
for row in grid:
    print(" ".join("#" if is_prime(v) else "." for v in row))

print()
small = [row[5:10] for row in grid[5:10]]
for row in small:
    print(" ".join(f"{v:>3}" for v in row))

main_diag = [grid[i][i] for i in range(SIZE)]
anti_diag = [grid[i][SIZE - 1 - i] for i in range(SIZE)]
primes_main = sum(1 for v in main_diag if is_prime(v))
primes_anti = sum(1 for v in anti_diag if is_prime(v))
print(f"main diagonal primes {primes_main}/{SIZE}, anti diagonal {primes_anti}/{SIZE}")
print("anti diagonal:", anti_diag[::2])

row_counts = [sum(1 for v in row if is_prime(v)) for row in grid]
col_counts = [sum(1 for row in grid if is_prime(row[j])) for j in range(SIZE)]
best_row = max(range(SIZE), key=lambda i: (row_counts[i], -i))
print("primes per row:", row_counts)
print("primes per col:", col_counts)
print(f"densest row {best_row} with {row_counts[best_row]} primes")
total = sum(row_counts)
print(f"{total} primes among {SIZE * SIZE} cells = {total / (SIZE * SIZE):.3%}")
root = math.sqrt(SIZE * SIZE - 1)
print(f"sqrt({SIZE * SIZE - 1}) = {root:.5f}, floor {math.floor(root)}, ceil {math.ceil(root)}")

ring = 0
while ring <= SIZE // 2:
    lo, hi = SIZE // 2 - ring, SIZE // 2 + ring
    cells = [grid[i][j] for i in range(lo, hi + 1) for j in range(lo, hi + 1)
             if i in (lo, hi) or j in (lo, hi)]
    print(f"ring {ring}: {len(cells):>2} cells, range {min(cells)}-{max(cells)}, "
          f"{sum(1 for v in cells if is_prime(v))} primes")
    ring += 3
pos = {}
for i in range(SIZE):
    for j in range(SIZE):
        pos[grid[i][j]] = (i, j)
twins = [(p, p + 2) for p in range(3, SIZE * SIZE - 1) if is_prime(p) and is_prime(p + 2)]
horizontal = [t for t in twins if pos[t[0]][0] == pos[t[1]][0]]
vertical = [t for t in twins if pos[t[0]][1] == pos[t[1]][1]]
print(f"twin primes: {len(twins)}, horizontal {len(horizontal)}, vertical {len(vertical)}")
print("horizontal pairs:", horizontal[:5])

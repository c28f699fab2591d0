# Count islands on a map and measure their sizes using iterative flood fill.

MAP = [
    "..##....#.",
    ".###...##.",
    "......#...",
    "#.........",
    "##..####..",
    "....#..#..",
    ".#..####.#",
]


def parse(rows):
    return [[1 if ch == "#" else 0 for ch in row] for row in rows]


def neighbours(r, c, height, width):
    result = []
    for dr, dc in [(-1, 0), (1, 0), (0, -1), (0, 1)]:
        nr = r + dr
        nc = c + dc
        if 0 <= nr < height and 0 <= nc < width:
            result.append((nr, nc))
    return result


def fill(grid, seen, start, label):
    stack = [start]
    size = 0
    while stack:
        r, c = stack.pop()
        if (r, c) in seen:
            continue
        seen.add((r, c))
        grid[r][c] = label
        size += 1
        for nr, nc in neighbours(r, c, len(grid), len(grid[0])):
            if grid[nr][nc] == 1 and (nr, nc) not in seen:
                stack.append((nr, nc))
    return size


def render(grid):
    symbols = ".#ABCDEFGHIJ"
    for row in grid:
        print("".join(symbols[v] for v in row))


def main():
    grid = parse(MAP)
    seen = set()
    sizes = {}
    label = 2
    for r in range(len(grid)):
        for c in range(len(grid[r])):
            if grid[r][c] == 1 and (r, c) not in seen:
                sizes[label] = fill(grid, seen, (r, c), label)
                label += 1
    render(grid)
    print("Islands:", len(sizes))
    print("Sizes:", sizes)
    biggest = max(sizes, key=lambda k: sizes[k])
    print("Biggest island label:", biggest, "size:", sizes[biggest])
    print("Land cells:", len(seen), "of", len(grid) * len(grid[0]))
    print(f"Coverage: {len(seen) / (len(grid) * len(grid[0])):.1%}")
    ranked = sorted(sizes.items(), key=lambda kv: kv[1], reverse=True)
    print(ranked)
    corners = [grid[0][0], grid[0][-1], grid[-1][0], grid[-1][-1]]
    print("Corners:", corners)
    column_totals = [sum(1 for row in grid if row[c] > 0) for c in range(len(grid[0]))]
    print("Column land counts:", column_totals)


if __name__ == "__main__":
    main()

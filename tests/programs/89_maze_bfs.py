# Shortest path through a maze with breadth-first search on a grid.

MAZE = [
    "S.#.......",
    ".##.####.#",
    "....#....#",
    "#.#.#.##..",
    "..#...#..#",
    ".####.#.#.",
    "......#..E",
]

STEPS = [(0, 1), (1, 0), (0, -1), (-1, 0)]


def find_cell(grid, ch):
    for r, row in enumerate(grid):
        c = row.find(ch)
        if c != -1:
            return (r, c)
    return None


def neighbours(grid, cell):
    r, c = cell
    result = []
    for dr, dc in STEPS:
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#":
            result.append((nr, nc))
    return result


def bfs(grid, start):
    dist = {start: 0}
    parent = {}
    queue = [start]
    while queue:
        cell = queue.pop(0)
        for nxt in neighbours(grid, cell):
            if nxt not in dist:
                dist[nxt] = dist[cell] + 1
                parent[nxt] = cell
                queue.append(nxt)
    return dist, parent


def shortest_path(grid, start, goal):
    dist, parent = bfs(grid, start)
    if goal not in dist:
        return None
    path = [goal]
    while path[-1] != start:
        path.append(parent[path[-1]])
    return path[::-1]


def render(grid, path):
    rows = [list(row) for row in grid]
    for r, c in path[1:-1]:
        rows[r][c] = "*"
    return ["".join(row) for row in rows]


def solve(grid, label):
    print(f"== {label} ==")
    start = find_cell(grid, "S")
    goal = find_cell(grid, "E")
    if start is None or goal is None:
        print("maze is missing S or E")
        return -1
    path = shortest_path(grid, start, goal)
    if path is None:
        dist, _ = bfs(grid, start)
        print(f"no route; {len(dist)} cells reachable from {start}")
        return -1
    for line in render(grid, path):
        print("  " + line)
    turns = 0
    for i in range(1, len(path) - 1):
        a, b, c = path[i - 1], path[i], path[i + 1]
        if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]):
            turns += 1
    print(f"length {len(path) - 1}, turns {turns}")
    print("first steps:", path[:4])
    return len(path) - 1


def main():
    total = solve(MAZE, "original")
    blocked = [row for row in MAZE]
    blocked[5] = blocked[5][:5] + "#" + blocked[5][6:]
    blocked[3] = blocked[3][:8] + "##"
    total += solve(blocked, "blocked")
    dist, _ = bfs(MAZE, (0, 0))
    far = max(dist, key=lambda cell: (dist[cell], cell))
    print("farthest cell:", far, "at distance", dist[far])
    by_distance = {}
    for cell, d in dist.items():
        by_distance[d // 5] = by_distance.get(d // 5, 0) + 1
    for band in sorted(by_distance):
        print(f"  dist {band * 5:>2}-{band * 5 + 4:<2}: {by_distance[band]:>2} cells")
    open_cells = sum(row.count(".") for row in MAZE)
    print(f"open cells {open_cells}, reachable {len(dist)}, score {total}")


if __name__ == "__main__":
    main()

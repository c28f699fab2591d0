# Conway's Game of Life on a small wrapping board.

WIDTH = 10
HEIGHT = 8
GENERATIONS = 12


def make_board(live_cells):
    board = [[False] * WIDTH for _ in range(HEIGHT)]
    for r, c in live_cells:
        board[r % HEIGHT][c % WIDTH] = True
    return board


def live_neighbours(board, r, c):
    count = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            if board[(r + dr) % HEIGHT][(c + dc) % WIDTH]:
                count += 1
    return count


def step(board):
    new = [[False] * WIDTH for _ in range(HEIGHT)]
    for r in range(HEIGHT):
        for c in range(WIDTH):
            n = live_neighbours(board, r, c)
            if board[r][c]:
                new[r][c] = n == 2 or n == 3
            else:
                new[r][c] = n == 3
    return new


def population(board):
    return sum(row.count(True) for row in board)


def show(board):
    for row in board:
        print("".join("#" if cell else "." for cell in row))


def signature(board):
    return "".join("1" if cell else "0" for row in board for cell in row)


def main():
    glider = [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]
    blinker = [(5, 6), (5, 7), (5, 8)]
    board = make_board(glider + blinker)
    print("Generation 0, population", population(board))
    show(board)
    history = {signature(board): 0}
    pops = [population(board)]
    for gen in range(1, GENERATIONS + 1):
        board = step(board)
        pops.append(population(board))
        sig = signature(board)
        if sig in history:
            print(f"Generation {gen} repeats generation {history[sig]}")
            break
        history[sig] = gen
    else:
        print(f"No repeat within {GENERATIONS} generations")
    print(f"Generation {len(pops) - 1}, population {pops[-1]}")
    show(board)
    print("Populations:", pops)
    print("Stable population?", len(set(pops)) == 1)
    block = make_board([(0, 0), (0, 1), (1, 0), (1, 1)])
    print("Block is still life:", step(block) == block)
    corner = make_board([(-1, -1), (0, 0), (-1, 0)])
    print("Wrapped corner cells:", [(r, c) for r in range(HEIGHT) for c in range(WIDTH) if corner[r][c]])
    print("After one step:", population(step(corner)))


if __name__ == "__main__":
    main()

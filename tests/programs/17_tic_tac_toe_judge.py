# Judge a set of finished / in-progress tic-tac-toe boards.

LINES = [
    [(0, 0), (0, 1), (0, 2)],
    [(1, 0), (1, 1), (1, 2)],
    [(2, 0), (2, 1), (2, 2)],
    [(0, 0), (1, 0), (2, 0)],
    [(0, 1), (1, 1), (2, 1)],
    [(0, 2), (1, 2), (2, 2)],
    [(0, 0), (1, 1), (2, 2)],
    [(0, 2), (1, 1), (2, 0)],
]


def parse_board(text):
    return [list(row) for row in text.split("/")]


def winner(board):
    found = None
    for line in LINES:
        a, b, c = [board[r][col] for r, col in line]
        if a != "." and a == b == c:
            if found is not None and found != a:
                return "?"
            found = a
    return found


def counts(board):
    xs = sum(row.count("X") for row in board)
    os = sum(row.count("O") for row in board)
    return xs, os


def verdict(text):
    board = parse_board(text)
    xs, os = counts(board)
    if not 0 <= xs - os <= 1:
        return "invalid (turn order)"
    w = winner(board)
    if w == "?":
        return "invalid (two winners)"
    if w is not None:
        return f"{w} wins"
    if xs + os == 9:
        return "draw"
    return "in progress, " + ("O" if xs > os else "X") + " to move"


def show(text):
    for row in parse_board(text):
        print("   " + " | ".join(row))


def main():
    games = [
        "XXX/OO./...",
        "XOX/OXO/OXO",
        "XOX/XOO/OXX",
        "X../.O./...",
        "OOO/XX./X.X",
        "XXX/OOO/...",
        "X../.../...",
        "OO./X../...",
        "XOX/OOX/XXO",
    ]
    tally = {}
    for i, g in enumerate(games, start=1):
        v = verdict(g)
        print(f"Game {i}: {v}")
        show(g)
        key = v.split()[0] if not v.startswith("in progress") else "open"
        tally[key] = tally.get(key, 0) + 1
    print(tally)
    board = parse_board("X.O/.X./O..")
    empties = [(r, c) for r in range(3) for c in range(3) if board[r][c] == "."]
    print("Empty cells:", empties)
    for r, c in empties:
        board[r][c] = "X"
        if winner(board) == "X":
            print("Winning move for X at", (r, c))
            break
        board[r][c] = "."
    else:
        print("No immediate win")
    print(["".join(row) for row in board])


if __name__ == "__main__":
    main()

# Tennis scoring: points -> games -> sets with tiebreaks, from a deterministic point stream.

NAMES = ["0", "15", "30", "40"]
PLAYERS = ("Ada", "Bo")


def point_stream(seed, count, bias):
    points = []
    x = seed
    while len(points) < count:
        x = (x * 75 + 74) % 65537
        points.append(0 if x % 100 < bias else 1)
    return points


def game_call(a, b):
    if a >= 3 and b >= 3:
        if a == b:
            return "deuce"
        leader = PLAYERS[0] if a > b else PLAYERS[1]
        return f"advantage {leader}" if abs(a - b) == 1 else f"game {leader}"
    if a >= 4 or b >= 4:
        return "game " + (PLAYERS[0] if a > b else PLAYERS[1])
    return f"{NAMES[a]}-{NAMES[b]}"


def play_game(points, pos, tiebreak=False):
    a = b = 0
    target = 7 if tiebreak else 4
    while pos < len(points):
        if points[pos] == 0:
            a += 1
        else:
            b += 1
        pos += 1
        if (a >= target or b >= target) and abs(a - b) >= 2:
            return (0 if a > b else 1), pos, a, b
    return -1, pos, a, b


def play_set(points, pos, verbose):
    games = [0, 0]
    while pos < len(points):
        tiebreak = games[0] == 6 and games[1] == 6
        winner, pos, a, b = play_game(points, pos, tiebreak=tiebreak)
        if winner < 0:
            return -1, pos, games
        games[winner] += 1
        if verbose:
            kind = "tiebreak" if tiebreak else "game"
            print(f"    {kind:<8} {a}-{b} -> {PLAYERS[winner]:<3} games {games[0]}-{games[1]}")
        hi, lo = max(games), min(games)
        if (hi >= 6 and hi - lo >= 2) or hi == 7:
            return (0 if games[0] > games[1] else 1), pos, games
    return -1, pos, games


def play_match(points, best_of=3, verbose=False):
    sets_won = [0, 0]
    scores = []
    pos = 0
    need = best_of // 2 + 1
    while max(sets_won) < need:
        winner, pos, games = play_set(points, pos, verbose)
        if winner < 0:
            break
        sets_won[winner] += 1
        scores.append(f"{games[0]}-{games[1]}")
    return sets_won, scores, pos


def main():
    sample = [(0, 0), (1, 0), (2, 2), (3, 3), (4, 3), (3, 4), (5, 3), (4, 6), (2, 4), (4, 1)]
    print("calls:", "; ".join(game_call(a, b) for a, b in sample))
    points = point_stream(7, 400, 52)
    print("first 20 points:", "".join("AB"[p] for p in points[:20]))
    sets_won, scores, used = play_match(points, verbose=True)
    print(f"match: sets {sets_won[0]}-{sets_won[1]} ({', '.join(scores)}) using {used} points")
    for seed, bias, best_of in [(11, 50, 3), (3, 60, 5), (5, 52, 5), (99, 45, 5), (5, 30, 3)]:
        pts = point_stream(seed, 600, bias)
        won, sc, used = play_match(pts, best_of=best_of)
        champion = PLAYERS[0] if won[0] > won[1] else PLAYERS[1]
        share = pts[:used].count(0) / used
        print(f"seed {seed:>2} bias {bias}% best of {best_of}: {champion:<3} {' '.join(sc):<24} "
              f"points {used:>3}, Ada won {share:.1%}")
    short = point_stream(1, 30, 50)
    won, sc, used = play_match(short)
    print("unfinished:", won, sc, used, "points")


if __name__ == "__main__":
    main()

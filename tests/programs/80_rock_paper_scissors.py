# Rock-paper-scissors tournament between fixed strategies (no randomness).

BEATS = {"rock": "scissors", "paper": "rock", "scissors": "paper"}
MOVES = ["rock", "paper", "scissors"]


def winner(a, b):
    if a == b:
        return 0
    return 1 if BEATS[a] == b else -1


def next_move(strategy, my_history, their_history, round_no):
    if strategy == "always_rock":
        return "rock"
    if strategy == "cycle":
        return MOVES[round_no % 3]
    if strategy == "copycat":
        return their_history[-1] if their_history else "paper"
    if strategy == "beat_last":
        if not their_history:
            return "scissors"
        last = their_history[-1]
        for m in MOVES:
            if BEATS[m] == last:
                return m
    if strategy == "frequency":
        if not their_history:
            return "rock"
        counts = {m: their_history.count(m) for m in MOVES}
        likely = max(MOVES, key=lambda m: counts[m])
        for m in MOVES:
            if BEATS[m] == likely:
                return m
    return MOVES[(round_no * 7 + 3) % 3]


def play_match(s1, s2, rounds=12):
    h1 = []
    h2 = []
    score1 = score2 = draws = 0
    for r in range(rounds):
        m1 = next_move(s1, h1, h2, r)
        m2 = next_move(s2, h2, h1, r)
        h1.append(m1)
        h2.append(m2)
        result = winner(m1, m2)
        if result == 1:
            score1 += 1
        elif result == -1:
            score2 += 1
        else:
            draws += 1
    return score1, score2, draws


strategies = ["always_rock", "cycle", "copycat", "beat_last", "frequency"]
points = {s: 0 for s in strategies}
wins = {s: 0 for s in strategies}

print("Match results (12 rounds each):")
for i in range(len(strategies)):
    for j in range(i + 1, len(strategies)):
        a, b = strategies[i], strategies[j]
        sa, sb, d = play_match(a, b)
        points[a] += sa
        points[b] += sb
        if sa > sb:
            wins[a] += 1
            verdict = a
        elif sb > sa:
            wins[b] += 1
            verdict = b
        else:
            verdict = "draw"
        print(f"  {a:>11} {sa:>2} - {sb:<2} {b:<11} draws={d:>2}  winner: {verdict}")

print()
print("Standings:")
table = sorted(strategies, key=lambda s: (-wins[s], -points[s], s))
for rank, s in enumerate(table, 1):
    print(f"  {rank}. {s:<12} match wins {wins[s]}  round wins {points[s]:>3}")

print()
print("Rules check:")
for a in MOVES:
    row = []
    for b in MOVES:
        row.append({1: "W", -1: "L", 0: "D"}[winner(a, b)])
    print(f"  {a:>8}: {' '.join(row)}")

# Round-robin tournament: circle-method fixtures, synthetic scores, standings table.

TEAMS = ["Lions", "Tigers", "Bears", "Wolves", "Hawks"]
WIN_POINTS = 3
DRAW_POINTS = 1


def fixtures(teams):
    slots = list(teams)
    if len(slots) % 2 == 1:
        slots.append("BYE")
    n = len(slots)
    rounds = []
    for r in range(n - 1):
        half = n // 2
        pairs = list(zip(slots[:half], reversed(slots[half:])))
        if r % 2 == 1:
            pairs = [(b, a) for a, b in pairs]
        rounds.append(pairs)
        slots = [slots[0]] + [slots[-1]] + slots[1:-1]
    return rounds


def goals(home, away, rnd):
    h = (len(home) * 7 + ord(away[0]) + rnd * 3) % 5
    a = (len(away) * 5 + ord(home[1]) + rnd) % 4
    return h, a


def record(table, team, scored, conceded):
    row = table.setdefault(team, [0, 0, 0, 0, 0, 0, 0])
    row[0] += 1
    row[4] += scored
    row[5] += conceded
    if scored > conceded:
        row[1] += 1
        row[6] += WIN_POINTS
    elif scored == conceded:
        row[2] += 1
        row[6] += DRAW_POINTS
    else:
        row[3] += 1


def main():
    table = {}
    results = []
    for rnd, pairs in enumerate(fixtures(TEAMS), start=1):
        print(f"Round {rnd}:")
        for home, away in pairs:
            if "BYE" in (home, away):
                resting = away if home == "BYE" else home
                print(f"  {resting} rests")
                continue
            h, a = goals(home, away, rnd)
            results.append((rnd, home, away, h, a))
            record(table, home, h, a)
            record(table, away, a, h)
            print(f"  {home:>7} {h} - {a} {away:<7}")

    standings = [(team, row[6], row[4] - row[5], row[4]) for team, row in table.items()]
    standings.sort(key=lambda t: (-t[1], -t[2], -t[3], t[0]))
    print()
    print("{:<3}{:<8}{:>3}{:>3}{:>3}{:>3}{:>4}{:>4}{:>5}{:>5}".format(
        "#", "Team", "P", "W", "D", "L", "GF", "GA", "GD", "Pts"))
    for pos, (team, pts, gd, gf) in enumerate(standings, start=1):
        row = table[team]
        print("{:<3}{:<8}{:>3}{:>3}{:>3}{:>3}{:>4}{:>4}{:>+5}{:>5}".format(
            pos, team, row[0], row[1], row[2], row[3], row[4], row[5], gd, pts))

    total_goals = sum(h + a for _, _, _, h, a in results)
    print(f"\n{len(results)} matches, {total_goals} goals, {total_goals / len(results):.2f} per match")
    biggest = max(results, key=lambda m: (abs(m[3] - m[4]), m[3] + m[4]))
    print("Biggest margin: round {} {} {}-{} {}".format(biggest[0], biggest[1], biggest[3], biggest[4], biggest[2]))
    draws = [f"{m[1]}-{m[2]}" for m in results if m[3] == m[4]]
    print("Draws:", ", ".join(draws) if draws else "none")
    home_wins = sum(1 for m in results if m[3] > m[4])
    print("Home win rate: %.1f%%" % (100.0 * home_wins / len(results)))
    leader = standings[0][0]
    unbeaten = table[leader][3] == 0
    print("Everyone played the same:", all(row[0] == table[leader][0] for row in table.values()))
    print(f"Champion: {leader}{' (unbeaten)' if unbeaten else ''}")
    print("Fixture check:", len(fixtures(["A", "B", "C", "D"])), "rounds for 4 teams")


if __name__ == "__main__":
    main()

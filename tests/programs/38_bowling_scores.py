# Score ten-pin bowling games from roll sequences and print score cards.

GAMES = {
    "perfect": "X X X X X X X X X X X X",
    "all nines": "9- 9- 9- 9- 9- 9- 9- 9- 9- 9-",
    "all spares": "5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/5",
    "mixed": "X 7/ 9- X -8 8/ -6 X X X81",
    "gutter": "-- -- -- -- -- -- -- -- -- --",
}


def parse_rolls(card):
    rolls = []
    for frame in card.split():
        for ch in frame:
            if ch == "X":
                rolls.append(10)
            elif ch == "/":
                rolls.append(10 - rolls[-1])
            elif ch == "-":
                rolls.append(0)
            else:
                rolls.append(int(ch))
    return rolls


def score(rolls):
    total = 0
    frame_scores = []
    i = 0
    for frame in range(10):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            i += 2
        frame_scores.append(total)
    return total, frame_scores


def card_line(card, frame_scores):
    frames = card.split()
    cells = []
    for idx in range(10):
        marks = frames[idx] if idx < 9 else "".join(frames[9:])
        cells.append(marks.center(5))
    top = "|" + "|".join(cells) + "|"
    bottom = "|" + "|".join(str(s).rjust(5) for s in frame_scores) + "|"
    return top, bottom


def main():
    results = {}
    for name, card in GAMES.items():
        rolls = parse_rolls(card)
        total, frames = score(rolls)
        results[name] = total
        print(f"{name} ({len(rolls)} rolls): {total}")
        top, bottom = card_line(card, frames)
        print(top)
        print(bottom)
    ranking = sorted(results.items(), key=lambda kv: kv[1], reverse=True)
    print("Ranking:", ranking)
    print("Average:", sum(results.values()) / len(results))
    strikes = {name: card.count("X") for name, card in GAMES.items()}
    print("Strikes:", strikes)
    print("Games over 150:", [n for n, t in results.items() if t > 150])


if __name__ == "__main__":
    main()

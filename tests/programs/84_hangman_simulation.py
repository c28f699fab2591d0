# Hangman played automatically with scripted guesses.

GALLOWS = [
    "  +---+",
    "  |   |",
    "  {h}   |",
    " {l}{b}{r}  |",
    " {lf} {rf}  |",
    "      |",
    "=========",
]

MAX_MISSES = 6


def draw(misses):
    parts = ["O", "|", "/", "\\", "/", "\\"]
    shown = [p if i < misses else " " for i, p in enumerate(parts)]
    for line in GALLOWS:
        print(line.replace("{h}", shown[0]).replace("{b}", shown[1]).replace("{l}", shown[2])
              .replace("{r}", shown[3]).replace("{lf}", shown[4]).replace("{rf}", shown[5]))


def masked(word, guessed):
    return " ".join(ch if ch in guessed else "_" for ch in word)


def play(word, guesses, verbose=False, max_misses=MAX_MISSES):
    guessed = []
    misses = 0
    for g in guesses:
        g = g.lower()
        if g in guessed:
            if verbose:
                print(f"  already guessed {g!r}")
            continue
        guessed.append(g)
        if g in word:
            hits = word.count(g)
            if verbose:
                print(f"  {g!r}: yes, {hits} time{'s' if hits > 1 else ''} -> {masked(word, guessed)}")
        else:
            misses += 1
            if verbose:
                print(f"  {g!r}: no  ({misses}/{max_misses} misses)")
        if all(ch in guessed for ch in word):
            return True, misses, len(guessed)
        if misses >= max_misses:
            break
    return False, misses, len(guessed)


def main():
    word = "python"
    guesses = ["e", "o", "a", "n", "o", "t", "s", "p", "h", "y"]
    print("Game 1, word has", len(word), "letters")
    won, misses, used = play(word, guesses, verbose=True)
    print("Won!" if won else "Lost!", f"misses={misses} guesses={used}")
    draw(misses)

    print()
    word = "rhythm"
    guesses = ["a", "e", "i", "o", "u", "s", "t", "r"]
    print("Game 2")
    won, misses, used = play(word, guesses, verbose=True)
    print("Won!" if won else "Lost!", f"misses={misses} guesses={used}", "word was", word.upper())
    draw(misses)

    print()
    frequency_order = [ch for ch in "etaoinshrdlcumwfgypbvkjxqz"]
    results = []
    for w in ["tension", "heart", "banana", "jazz", "strength", "nineteen"]:
        won, misses, used = play(w, frequency_order, max_misses=10)
        results.append((w, won, misses, used))
    print(f"{'word':<12}{'result':<8}{'misses':>7}{'guesses':>8}")
    for w, won, misses, used in results:
        print(f"{w:<12}{'win' if won else 'loss':<8}{misses:>7}{used:>8}")
    win_rate = sum(1 for r in results if r[1]) / len(results)
    print(f"Frequency strategy win rate: {win_rate:.1%}")


if __name__ == "__main__":
    main()

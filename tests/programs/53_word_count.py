# Word counting utility: frequencies, longest words, sentence stats.

TEXT = """The quick brown fox jumps over the lazy dog. The dog barks.
A quick reaction from the fox: it runs! Over the hill and far away,
the fox and the dog become friends. Friends, after all, are quick to forgive."""

STOP_WORDS = {"the", "a", "and", "it", "to", "are", "from", "over", "all", "after"}


def tokenize(text):
    words = []
    for raw in text.split():
        word = raw.strip(".,!?:;\"'").lower()
        if word:
            words.append(word)
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def top_n(counts, n=5):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def main():
    words = tokenize(TEXT)
    print("Total words:", len(words))
    print("Unique words:", len(set(words)))
    print("Characters (no spaces):", sum(len(w) for w in words))
    lines = TEXT.split("\n")
    print("Lines:", len(lines))
    for i, line in enumerate(lines, 1):
        print(f"  line {i}: {len(line.split())} words, {len(line)} chars")

    counts = count_words(words)
    print()
    print("Top words overall:")
    for word, c in top_n(counts):
        print(f"  {word:<10}{c:>3} {'*' * c}")

    filtered = {w: c for w, c in counts.items() if w not in STOP_WORDS}
    print()
    print("Top words without stop words:")
    for word, c in top_n(filtered, 4):
        print(f"  {word:<10}{c:>3}")

    longest = max(words, key=lambda w: len(w))
    shortest = min(words, key=lambda w: len(w))
    print()
    print("Longest word:", longest, "Shortest word:", shortest)
    avg_len = sum(len(w) for w in words) / len(words)
    print(f"Average word length: {avg_len:.2f}")

    by_length = {}
    for w in set(words):
        by_length.setdefault(len(w), []).append(w)
    for length in sorted(by_length):
        print(f"  {length}: {sorted(by_length[length])}")

    sentences = []
    current = ""
    for ch in TEXT.replace("\n", " "):
        current += ch
        if ch in ".!?":
            sentences.append(current.strip())
            current = ""
    print()
    print("Sentences:", len(sentences))
    for s in sentences:
        print(f"  [{len(tokenize(s)):>2}] {s}")

    line_sets = [set(tokenize(line)) for line in lines]
    print("Words on every line:", sorted(line_sets[0] & line_sets[1] & line_sets[2]))
    print("Only on line 1:", sorted(line_sets[0] - line_sets[1] - line_sets[2]))
    plural = [w for w in counts if w.endswith("s")]
    print("Words ending in s:", sorted(plural))

    first_letters = {}
    for w in words:
        first_letters[w[0]] = first_letters.get(w[0], 0) + 1
    print("First letters:", sorted(first_letters.items()))
    print(", ".join(f"{k}={v}" for k, v in sorted(first_letters.items())))


if __name__ == "__main__":
    main()

# Word frequency analysis of a short passage.

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""

STOPWORDS = {"it", "was", "the", "of"}


def normalize(word):
    cleaned = ""
    for ch in word:
        if ch.isalpha():
            cleaned += ch.lower()
        elif ch == "'":
            pass  # apostrophes are dropped silently
    return cleaned


def count_words(text):
    counts = {}
    for raw in text.split():
        w = normalize(raw)
        if not w:
            continue
        counts[w] = counts.get(w, 0) + 1
    return counts


def top_n(counts, n):
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ordered[:n]


def main():
    counts = count_words(TEXT)
    print("Distinct words:", len(counts))
    print("Total words:", sum(counts.values()))
    print("First five inserted:", list(counts)[:5])
    for word, n in top_n(counts, 6):
        bar = "#" * n
        print(f"{word:>12} {n:>2} {bar}")

    content = {w: c for w, c in counts.items() if w not in STOPWORDS}
    print("Content words:", sorted(content))
    longest = max(content, key=len)
    shortest = min(content, key=len)
    print("Longest:", longest, "Shortest:", shortest)

    by_length = {}
    for w in counts:
        by_length.setdefault(len(w), []).append(w)
    for length in sorted(by_length, reverse=True):
        print(length, sorted(by_length[length]))

    lines = TEXT.splitlines()
    for i, line in enumerate(lines, start=1):
        words = line.split()
        print(f"line {i}: {len(words)} words, {line.count('was')} x 'was', ends with {line[-1]!r}")
    caps = [w.strip(",.") for w in TEXT.split() if w[0].isupper()]
    print("Capitalised:", caps)
    initials = "".join(w[0] for w in TEXT.split())
    print(initials.upper()[:20], len(initials))


if __name__ == "__main__":
    main()

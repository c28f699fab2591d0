"""Word statistics for a short text: counts, longest words and a frequency chart."""

TEXT = """
The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs.
A fox is quick, a dog is lazy, and the brown fox is the quickest of them all.
"""


def normalize(word):
    cleaned = ""
    for ch in word.lower():
        if ch.isalpha():
            cleaned += ch
    return cleaned


def count_words(text):
    counts = {}
    for raw in text.split():
        word = normalize(raw)
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def top_words(counts, n):
    pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return pairs[:n]


def bar(count, scale):
    return "#" * (count * scale)


def main():
    counts = count_words(TEXT)
    total = sum(counts.values())
    print(f"{total} words, {len(counts)} distinct")
    for word, count in top_words(counts, 5):
        share = count / total * 100
        print(f"{word:>8} {count:3d} {share:5.1f}% {bar(count, 2)}")
    longest = max(counts, key=len)
    print(f"longest word: {longest!r} ({len(longest)} letters)")
    initials = sorted({w[0] for w in counts})
    print("initials:", ", ".join(initials))


if __name__ == "__main__":
    main()

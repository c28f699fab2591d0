# Group words into anagram families and find word ladders between them.

WORDS = [
    "listen", "silent", "enlist", "inlets", "google", "gogole",
    "evil", "vile", "live", "veil", "levi", "apple", "papel",
    "stone", "tones", "notes", "onset", "seton", "rat", "tar", "art",
    "star", "tsar", "rats", "arts", "cat", "act", "tac", "dog",
]


def signature(word: str) -> str:
    return "".join(sorted(word))


def letter_counts(word: str) -> tuple[int, ...]:
    counts = [0] * 26
    for ch in word:
        counts[ord(ch) - ord("a")] += 1
    return tuple(counts)


def group(words: list[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(signature(w), []).append(w)
    return groups


def one_letter_apart(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    return sum(1 for x, y in zip(a, b) if x != y) == 1


def main() -> None:
    groups = group(WORDS)
    print(len(groups), "groups from", len(WORDS), "words")
    for sig, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"{sig:<8} {len(members)} {members}")
    singles = [m[0] for m in groups.values() if len(m) == 1]
    print("No anagram partner:", singles)
    by_counts = {}
    for w in WORDS:
        key = letter_counts(w)
        by_counts[key] = by_counts.get(key, 0) + 1
    print("Same grouping by letter counts:", len(by_counts) == len(groups))
    biggest = max(groups.values(), key=lambda m: len(m))
    print("Biggest family:", biggest)
    pairs = [(a, b) for i, a in enumerate(WORDS) for b in WORDS[i + 1:] if one_letter_apart(a, b)]
    print("One letter apart:", pairs)
    sizes = sorted({len(m) for m in groups.values()}, reverse=True)
    print("Family sizes:", sizes)
    reversed_pairs = [w for w in WORDS if w[::-1] in WORDS and w != w[::-1]]
    print("Reversible:", reversed_pairs)
    print(signature("Dormitory".lower()) == signature("dirtyroom"), signature("naïve"))


if __name__ == "__main__":
    main()

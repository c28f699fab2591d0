# Anagram checks and grouping using sorted letters and letter counts.


def letter_counts(word):
    counts = {}
    for ch in word.lower():
        if ch.isalpha():
            counts[ch] = counts.get(ch, 0) + 1
    return counts


def are_anagrams(a, b):
    return letter_counts(a) == letter_counts(b)


def signature(word):
    return "".join(sorted(word.lower()))


words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac",
         "dog", "god", "evil", "vile", "live", "veil", "banana", "tinsel", "inlets"]

pairs = [("Dormitory", "dirty room"), ("The eyes", "They see"), ("Hello", "World"),
         ("Astronomer", "Moon starer"), ("abc", "abcc")]

print("Pair checks:")
for a, b in pairs:
    result = are_anagrams(a, b)
    print(f"  {a:<12} vs {b:<12}: {'anagram' if result else 'not anagram'}")

groups = {}
for w in words:
    key = signature(w)
    groups.setdefault(key, []).append(w)

print()
print("Groups (largest first):")
ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
for key, members in ordered:
    print(f"  {key:<8} {len(members)}: {', '.join(sorted(members))}")

singles = [members[0] for members in groups.values() if len(members) == 1]
print("Words with no anagram partner:", singles)

print()
target = "stone"
dictionary = ["notes", "onset", "tones", "stones", "seton", "steno", "tonne", "ones"]
matches = [w for w in dictionary if signature(w) == signature(target)]
print(f"Anagrams of {target!r}: {matches}")

print()
first = set("listen")
second = set("tinsel")
third = set("google")
print("Shared letters listen/tinsel:", sorted(first & second))
print("Union listen/google:", sorted(first | third))
print("In listen but not google:", sorted(first - third))
first.discard("l")
first.discard("z")
first.add("x")
print("After discard/add:", sorted(first), len(first))

print()
print("Letter counts for 'mississippi':")
counts = letter_counts("mississippi")
for ch in sorted(counts):
    print(f"  {ch}: {counts[ch]}")
most_common = max(counts, key=lambda c: (counts[c], c))
print("Most common:", most_common)

needed = letter_counts("apple")
have = letter_counts("paper")
missing = {ch: n - have.get(ch, 0) for ch, n in needed.items() if n > have.get(ch, 0)}
print("To turn 'paper' letters into 'apple' we still need:", missing)

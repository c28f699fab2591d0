# Counting vowels, consonants, digits and other characters in text.

VOWELS = "aeiou"

sentences = [
    "Hello World",
    "Programming in Python is fun!",
    "The year 2024 had 366 days.",
    "rhythm myths",
    "AEIOU aeiou",
    "Queueing theory",
]


def classify(text):
    vowels = consonants = digits = spaces = other = 0
    for ch in text:
        low = ch.lower()
        if low in VOWELS:
            vowels += 1
        elif ch.isalpha():
            consonants += 1
        elif ch.isdigit():
            digits += 1
        elif ch == " ":
            spaces += 1
        else:
            other += 1
    return vowels, consonants, digits, spaces, other


print(f"{'Sentence':<32}{'V':>3}{'C':>3}{'D':>3}{'S':>3}{'O':>3}")
for s in sentences:
    v, c, d, sp, o = classify(s)
    print(f"{s:<32}{v:>3}{c:>3}{d:>3}{sp:>3}{o:>3}")

all_text = " ".join(sentences).lower()
per_vowel = {v: all_text.count(v) for v in VOWELS}
print()
print("Per-vowel totals:", per_vowel)
most = max(VOWELS, key=lambda v: per_vowel[v])
print("Most frequent vowel:", most)

no_vowel_words = []
for s in sentences:
    for word in s.split():
        clean_word = word.strip("!.")
        if clean_word and not any(ch in VOWELS for ch in clean_word.lower()):
            no_vowel_words.append(clean_word)
print("Words with no vowels:", no_vowel_words)

print()
for word in ["education", "sequoia", "strength", "Aeiou", "banana"]:
    vowels_only = "".join(ch for ch in word if ch.lower() in VOWELS)
    stripped = "".join(ch for ch in word if ch.lower() not in VOWELS)
    has_all = all(v in word.lower() for v in VOWELS)
    print(f"{word:<10} vowels={vowels_only:<6} without={stripped:<8} all five={has_all}")

print()
word = "Mississippi"
positions = [i for i, ch in enumerate(word) if ch.lower() in VOWELS]
print(f"Vowel positions in {word}: {positions}")
ratio = len(positions) / len(word)
print(f"Vowel ratio: {ratio:.1%}")
replaced = word
for v in VOWELS:
    replaced = replaced.replace(v, "*")
print("Masked:", replaced)
print("Upper:", word.upper(), "Swapped first:", word[0].lower() + word[1:].upper())

"""Shared constants and small string helpers."""

from .errors import InvalidWidth

VOWELS = "aeiouy"
PUNCTUATION = ".,;:!?\"'()-"
SENTENCE_ENDS = ".!?"
MIN_WRAP_WIDTH = 8
STOPWORDS = {"a", "an", "and", "the", "of", "to", "in", "is", "it", "that", "for", "on", "as"}


def is_stopword(word: str) -> bool:
    return word.lower() in STOPWORDS


def count_syllables(word: str) -> int:
    """A rough English syllable count: the number of groups of vowels."""
    word = word.lower()
    count = 0
    previous_vowel = False
    for ch in word:
        vowel = ch in VOWELS
        if vowel and not previous_vowel:
            count += 1
        previous_vowel = vowel
    return max(count, 1)


def wrap(text: str, width: int) -> list[str]:
    if width < MIN_WRAP_WIDTH:
        raise InvalidWidth(width, MIN_WRAP_WIDTH)
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current == "":
            current = word
        elif len(current) + 1 + len(word) <= width:
            current = current + " " + word
        else:
            lines.append(current)
            current = word
    if current != "":
        lines.append(current)
    return lines


def title_case(text: str) -> str:
    words = text.split()
    result = [w if is_stopword(w) and i > 0 else w.capitalize() for i, w in enumerate(words)]
    return " ".join(result)

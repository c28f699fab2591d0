"""Word frequencies and a Flesch reading-ease report."""

from dataclasses import dataclass

from textkit import util
from textkit.tokens import Tokenizer


@dataclass
class WordCount:
    word: str
    count: int


class WordCounter:
    def __init__(self, skip_stopwords: bool = True) -> None:
        self.skip_stopwords = skip_stopwords
        self.counts: dict[str, int] = {}

    def add_words(self, words: list[str]) -> None:
        for word in words:
            if self.skip_stopwords and util.is_stopword(word):
                continue
            self.counts[word] = self.counts.get(word, 0) + 1

    def top(self, n: int) -> list[WordCount]:
        ranked = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [WordCount(word, count) for word, count in ranked[:n]]

    @property
    def distinct(self) -> int:
        return len(self.counts)


@dataclass
class ReadabilityReport:
    sentences: int
    words: int
    syllables: int

    @property
    def reading_ease(self) -> float:
        return 206.835 - 1.015 * self.words / self.sentences - 84.6 * self.syllables / self.words

    @property
    def grade(self) -> str:
        score = self.reading_ease
        if score >= 80.0:
            return "easy"
        if score >= 60.0:
            return "standard"
        return "difficult"


def readability(text: str, tokenizer: Tokenizer) -> ReadabilityReport:
    words = tokenizer.words(text)
    syllables = sum([util.count_syllables(w) for w in words])
    return ReadabilityReport(len(tokenizer.sentences(text)), len(words), syllables)

"""A hand-written tokenizer that splits text into words, numbers and punctuation."""

from dataclasses import dataclass
from enum import Enum

from . import util
from .errors import EmptyInput


class TokenKind(Enum):
    WORD = "word"
    NUMBER = "number"
    PUNCT = "punct"


@dataclass
class Token:
    text: str
    kind: TokenKind
    position: int = 0

    def normalized(self) -> str:
        return self.text.lower()


class Tokenizer:
    def __init__(self, keep_punctuation: bool = True) -> None:
        self.keep_punctuation = keep_punctuation

    @staticmethod
    def classify(chunk: str) -> TokenKind:
        if chunk.isdigit():
            return TokenKind.NUMBER
        if chunk in util.PUNCTUATION:
            return TokenKind.PUNCT
        return TokenKind.WORD

    def tokenize(self, text: str) -> list[Token]:
        if text.strip() == "":
            raise EmptyInput("tokenize")
        tokens: list[Token] = []
        start = 0
        buffer = ""
        for index, ch in enumerate(text + " "):
            if ch.isalnum() or (ch == "'" and buffer != ""):
                if buffer == "":
                    start = index
                buffer += ch
                continue
            if buffer != "":
                tokens.append(Token(buffer, Tokenizer.classify(buffer), start))
                buffer = ""
            if self.keep_punctuation and ch in util.PUNCTUATION:
                tokens.append(Token(ch, TokenKind.PUNCT, index))
        return tokens

    def words(self, text: str) -> list[str]:
        return [t.normalized() for t in self.tokenize(text) if t.kind == TokenKind.WORD]

    def sentences(self, text: str) -> list[str]:
        parts: list[str] = []
        current = ""
        for ch in text:
            current += ch
            if ch in util.SENTENCE_ENDS:
                parts.append(current.strip())
                current = ""
        if current.strip() != "":
            parts.append(current.strip())
        return parts

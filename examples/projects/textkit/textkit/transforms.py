"""Composable text transforms, each a subclass of Transform."""

from . import util
from .errors import UnknownTransform

TRANSFORM_NAMES = ["lower", "strip", "title", "nostop"]


class Transform:
    def __init__(self, name: str) -> None:
        self.name = name

    def apply(self, text: str) -> str:
        return text

    def describe(self) -> str:
        return self.name


class Lowercase(Transform):
    def __init__(self) -> None:
        super().__init__("lower")

    def apply(self, text: str) -> str:
        return text.lower()


class StripPunctuation(Transform):
    def __init__(self) -> None:
        super().__init__("strip")

    def apply(self, text: str) -> str:
        return "".join([ch for ch in text if ch not in util.PUNCTUATION or ch == "'"])


class TitleCase(Transform):
    def __init__(self) -> None:
        super().__init__("title")

    def apply(self, text: str) -> str:
        return util.title_case(text)


class ReplaceWords(Transform):
    def __init__(self, mapping: dict[str, str]) -> None:
        super().__init__("replace")
        self.mapping = mapping

    def apply(self, text: str) -> str:
        return " ".join([self.mapping.get(w, w) for w in text.split()])


class DropStopwords(Transform):
    def __init__(self) -> None:
        super().__init__("nostop")

    def apply(self, text: str) -> str:
        return " ".join([w for w in text.split() if not util.is_stopword(w)])


def make_transform(name: str) -> Transform:
    if name == "lower":
        return Lowercase()
    if name == "strip":
        return StripPunctuation()
    if name == "title":
        return TitleCase()
    if name == "nostop":
        return DropStopwords()
    raise UnknownTransform(name, TRANSFORM_NAMES)

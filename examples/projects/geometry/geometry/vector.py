"""Immutable-style 2D vectors and axis-aligned bounding boxes."""

import math
from dataclasses import dataclass

from . import util


@dataclass
class Vec2:
    x: float = 0.0
    y: float = 0.0

    def add(self, other: "Vec2") -> "Vec2":
        return Vec2(self.x + other.x, self.y + other.y)

    def sub(self, other: "Vec2") -> "Vec2":
        return Vec2(self.x - other.x, self.y - other.y)

    def scale(self, factor: float) -> "Vec2":
        return Vec2(self.x * factor, self.y * factor)

    def dot(self, other: "Vec2") -> float:
        return self.x * other.x + self.y * other.y

    def cross(self, other: "Vec2") -> float:
        return self.x * other.y - self.y * other.x

    @property
    def length(self) -> float:
        return math.sqrt(self.dot(self))

    def distance_to(self, other: "Vec2") -> float:
        return self.sub(other).length

    def text(self) -> str:
        return f"({util.fmt(self.x)}, {util.fmt(self.y)})"

    @classmethod
    def polar(cls, radius: float, degrees: float) -> "Vec2":
        radians = degrees * util.FULL_TURN / 360.0
        return cls(radius * math.cos(radians), radius * math.sin(radians))


@dataclass
class BBox:
    low: Vec2
    high: Vec2

    @property
    def width(self) -> float:
        return self.high.x - self.low.x

    @property
    def height(self) -> float:
        return self.high.y - self.low.y

    def union(self, other: "BBox") -> "BBox":
        low = Vec2(min(self.low.x, other.low.x), min(self.low.y, other.low.y))
        high = Vec2(max(self.high.x, other.high.x), max(self.high.y, other.high.y))
        return BBox(low, high)

    def text(self) -> str:
        return f"[{self.low.text()} .. {self.high.text()}]"

"""The Shape base class that every concrete shape extends."""

from . import util
from .vector import BBox, Vec2


class Shape:
    def __init__(self, name: str, kind: str, center: Vec2) -> None:
        self.name = name
        self.kind = kind
        self.center = center

    def area(self) -> float:
        return 0.0

    def perimeter(self) -> float:
        return 0.0

    def contains(self, point: Vec2) -> bool:
        return False

    def bbox(self) -> BBox:
        return BBox(self.center, self.center)

    def move(self, offset: Vec2) -> None:
        self.center = self.center.add(offset)

    def compactness(self) -> float:
        """4*pi*area / perimeter^2: 1.0 for a circle, smaller for other shapes."""
        p = self.perimeter()
        return 0.0 if p == 0.0 else 2.0 * util.FULL_TURN * self.area() / (p * p)

    def describe(self) -> str:
        size = f"area={self.area():8.3f} perimeter={self.perimeter():7.3f}"
        return f"{self.kind:<9} {self.name:<6} {size} at {self.center.text()}"

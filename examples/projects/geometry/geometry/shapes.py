"""Concrete shapes: circles, rectangles, squares and triangles."""

from . import util
from .base import Shape
from .errors import DegenerateShape, InvalidDimension
from .vector import BBox, Vec2

__all__ = ["Circle", "Rectangle", "Shape", "Square", "Triangle"]


class Circle(Shape):
    def __init__(self, name: str, center: Vec2, radius: float) -> None:
        if radius <= 0.0:
            raise InvalidDimension("radius", radius)
        super().__init__(name, "circle", center)
        self.radius = radius

    def area(self) -> float:
        return 0.5 * util.FULL_TURN * self.radius * self.radius

    def perimeter(self) -> float:
        return util.FULL_TURN * self.radius

    def contains(self, point: Vec2) -> bool:
        return point.distance_to(self.center) <= self.radius

    def bbox(self) -> BBox:
        offset = Vec2(self.radius, self.radius)
        return BBox(self.center.sub(offset), self.center.add(offset))


class Rectangle(Shape):
    def __init__(self, name: str, center: Vec2, width: float, height: float) -> None:
        if width <= 0.0 or height <= 0.0:
            raise InvalidDimension("width" if width <= 0.0 else "height", min(width, height))
        super().__init__(name, "rectangle", center)
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2.0 * (self.width + self.height)

    def contains(self, point: Vec2) -> bool:
        offset = point.sub(self.center)
        return abs(offset.x) <= self.width / 2.0 and abs(offset.y) <= self.height / 2.0

    def bbox(self) -> BBox:
        half = Vec2(self.width / 2.0, self.height / 2.0)
        return BBox(self.center.sub(half), self.center.add(half))


class Square(Rectangle):
    def __init__(self, name: str, center: Vec2, side: float) -> None:
        super().__init__(name, center, side, side)
        self.kind = "square"


class Triangle(Shape):
    def __init__(self, name: str, a: Vec2, b: Vec2, c: Vec2) -> None:
        super().__init__(name, "triangle", a.add(b).add(c).scale(1.0 / 3.0))
        self.vertices = [a, b, c]
        if util.approx_equal(self.area(), 0.0):
            raise DegenerateShape("triangle", f"{a.text()} {b.text()} {c.text()} are collinear")

    @staticmethod
    def signed_area(a: Vec2, b: Vec2, c: Vec2) -> float:
        return b.sub(a).cross(c.sub(a)) / 2.0

    def area(self) -> float:
        return abs(Triangle.signed_area(self.vertices[0], self.vertices[1], self.vertices[2]))

    def perimeter(self) -> float:
        return sum([self.vertices[i].distance_to(self.vertices[(i + 1) % 3]) for i in range(3)])

    def contains(self, point: Vec2) -> bool:
        v = self.vertices
        signs = [Triangle.signed_area(v[i], v[(i + 1) % 3], point) for i in range(3)]
        return min(signs) >= 0.0 or max(signs) <= 0.0

    def bbox(self) -> BBox:
        xs = [v.x for v in self.vertices]
        ys = [v.y for v in self.vertices]
        return BBox(Vec2(min(xs), min(ys)), Vec2(max(xs), max(ys)))

    def move(self, offset: Vec2) -> None:
        super().move(offset)
        self.vertices = [v.add(offset) for v in self.vertices]

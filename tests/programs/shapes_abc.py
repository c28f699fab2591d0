from abc import ABC, abstractmethod
import math


class Shape(ABC):
    count = 0

    def __init__(self, name: str) -> None:
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self) -> float:
        ...

    @abstractmethod
    def perimeter(self) -> float:
        ...

    def describe(self) -> str:
        return f"{self.name}: area={self.area():.3f}, perimeter={self.perimeter():.3f}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class Circle(Shape):
    def __init__(self, radius: float) -> None:
        super().__init__("circle")
        self._radius = radius

    @property
    def radius(self) -> float:
        return self._radius

    @radius.setter
    def radius(self, value: float) -> None:
        if value <= 0:
            raise ValueError(f"radius must be positive, got {value}")
        self._radius = value

    def area(self) -> float:
        return math.pi * self._radius ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self._radius


class Rectangle(Shape):
    def __init__(self, width: float, height: float) -> None:
        super().__init__("rectangle")
        self.width = width
        self.height = height

    @classmethod
    def square(cls, side: float) -> "Rectangle":
        r = cls(side, side)
        r.name = "square"
        return r

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)


class Triangle(Shape):
    def __init__(self, a: float, b: float, c: float) -> None:
        if not Triangle.is_valid(a, b, c):
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    @staticmethod
    def is_valid(a: float, b: float, c: float) -> bool:
        return a + b > c and a + c > b and b + c > a

    def area(self) -> float:
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self) -> float:
        return sum(self.sides)


def main() -> None:
    shapes: list[Shape] = [
        Circle(1.5),
        Rectangle(3, 4),
        Rectangle.square(2.5),
        Triangle(3, 4, 5),
        Circle(0.1),
    ]
    for s in shapes:
        print(s.describe())
    print("repr list:", shapes)
    print("total shapes created:", Shape.count)

    biggest = max(shapes, key=lambda s: s.area())
    print("largest:", biggest.name, round(biggest.area(), 2))
    by_perim = sorted(shapes, key=lambda s: s.perimeter())
    print("by perimeter:", [s.name for s in by_perim])

    total = sum(s.area() for s in shapes)
    print(f"total area = {total:.4f}")

    try:
        Shape("abstract")
    except TypeError as e:
        print("TypeError:", "abstract" in str(e))

    c = shapes[0]
    assert isinstance(c, Circle)
    c.radius = 2
    print("new circle:", c.describe())
    try:
        c.radius = -1
    except ValueError as e:
        print("ValueError:", e)

    try:
        Triangle(1, 2, 10)
    except ValueError as e:
        print("ValueError:", e)

    print("is_valid(2,2,3):", Triangle.is_valid(2, 2, 3))
    print("isinstance checks:", [isinstance(s, Rectangle) for s in shapes])
    print("final count:", Shape.count)


if __name__ == "__main__":
    main()

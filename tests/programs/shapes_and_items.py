from abc import ABC, abstractmethod
from dataclasses import dataclass, field
import math


class Shape(ABC):
    count = 0

    def __init__(self, name: str):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self) -> float:
        ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h * 1.0

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    @classmethod
    def unit(cls):
        return cls(1)


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    @property
    def top(self):
        return self.items[-1]

    @staticmethod
    def from_list(values):
        s = Stack()
        for v in values:
            s.push(v)
        return s


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self) -> float:
        return self.price * self.qty


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int


shapes = [Circle(1.5), Rect(2, 3), Square(2), Square.unit()]
for s in shapes:
    print(s.describe())
print("count", Shape.count)
print([round(s.area(), 2) for s in sorted(shapes)])
print(Rect(1, 2), isinstance(shapes[0], Circle), isinstance(shapes[2], Rect))
st = Stack.from_list([1, 2, 3])
print(len(st), st.top, st.pop(), len(st))
try:
    e = Stack()
    e.pop()
except IndexError as err:
    print("error:", err)
it = Item("pen", 1.5, 4)
it.tags.append("office")
print(it, it.total())
print(Item("a", 1.0) == Item("a", 1.0), Item("a", 1.0) == Item("b", 1.0))
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs))
print(max(vs), Version(1, 0) < Version(1, 2))

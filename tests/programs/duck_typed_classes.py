"""Duck typing: instances of unrelated classes (plain classes and dataclasses) kept in one
list and called through the methods they happen to share; a method one of them lacks
raises AttributeError, as in Python."""

import math
from dataclasses import dataclass, field


class Dog:
    sound = "woof"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def fetch(self):
        return f"{self.name} fetches"


class Robot:
    def __init__(self, model, version):
        self.name = model
        self.version = version

    def speak(self):
        return f"{self.name} v{self.version} beeps"

    def __len__(self):
        return self.version


class Cat:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " meows"

    def __repr__(self):
        return f"Cat({self.name!r})"


def chorus(things):
    return [t.speak() for t in things]


@dataclass
class Circle:
    r: float

    def area(self) -> float:
        return math.pi * self.r ** 2


@dataclass(frozen=True)
class Rect:
    w: float
    h: float = 1.0

    def area(self) -> float:
        return self.w * self.h


@dataclass(order=True)
class Tri:
    b: float
    h: float
    tags: list = field(default_factory=list)

    def area(self) -> float:
        return self.b * self.h / 2

    def scaled(self, k: float) -> "Tri":
        return Tri(self.b * k, self.h * k, self.tags + ["scaled"])


def largest(shapes):
    best = None
    for s in shapes:
        if best is None or s.area() > best.area():
            best = s
    return best


pets = [Dog("rex"), Robot("r2", 3), Cat("tom")]
print(chorus(pets))
for p in pets:
    print(type(p).__name__, p.name, isinstance(p, Dog), isinstance(p, (Cat, Robot)))
print(pets[2], len(pets[1]))
print(pets[0].fetch())
for p in pets:
    try:
        print(p.fetch())
    except AttributeError as e:
        print("AttributeError:", e)

shapes = [Circle(1.0), Rect(2.0, 3.0), Tri(4.0, 5.0)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s, f"{s.area():.3f}")
print(Rect(2.0) == Rect(2.0, 1.0), shapes[0] == Circle(1.0), shapes[0] == shapes[1])
shapes.append(Tri(1.0, 1.0).scaled(3.0))
print(largest(shapes), sum(s.area() for s in shapes) > 30)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(by_kind)

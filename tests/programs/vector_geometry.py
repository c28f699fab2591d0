# 2-D geometry with operator overloading: vectors, polygons, transforms.
import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return math.isclose(self.x, other.x) and math.isclose(self.y, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f"Vec({self.x:g}, {self.y:g})"

    def rotated(self, degrees):
        r = math.radians(degrees)
        c, s = math.cos(r), math.sin(r)
        return Vec(round(self.x * c - self.y * s, 9), round(self.x * s + self.y * c, 9))


class Polygon:
    def __init__(self, points):
        self.points = points

    def __len__(self):
        return len(self.points)

    def __getitem__(self, i):
        return self.points[i % len(self.points)]

    def __contains__(self, p):
        return p in self.points

    def perimeter(self):
        return sum(abs(self[i + 1] - self[i]) for i in range(len(self)))

    def area(self):
        total = 0.0
        for i in range(len(self)):
            a, b = self[i], self[i + 1]
            total += a.x * b.y - b.x * a.y
        return abs(total) / 2

    def centroid(self):
        acc = Vec(0.0, 0.0)
        for p in self.points:
            acc += p
        return acc / len(self)

    def __add__(self, offset):
        return Polygon([p + offset for p in self.points])

    def __repr__(self):
        return f"Polygon({len(self)} points)"


a = Vec(3, 4)
b = Vec(1, -2)
print(a + b, a - b, a * 2, 0.5 * a, -b, a / 2)
print("dot", f"{a @ b:g}", "| abs", abs(a), "| eq", a == Vec(3.0, 4.0), a == b, "| lt", b < a)
print("rotated", a.rotated(90), Vec(1, 0).rotated(45))
pts = [Vec(0, 0), Vec(4, 0), Vec(4, 3), Vec(0, 3)]
rect = Polygon(pts)
print(rect, len(rect), rect[5], Vec(4, 3) in rect, Vec(9, 9) in rect)
print(f"perimeter={rect.perimeter():.2f} area={rect.area():.2f} centroid={rect.centroid()}")
moved = rect + Vec(10, -1)
print(moved.points, f"{moved.area():.1f}")
tri = Polygon([Vec(0, 0), Vec(5, 0), Vec(2.5, 4)])
print(f"triangle area {tri.area()} perimeter {tri.perimeter():.4f}")
print(sorted([Vec(2, 1), Vec(-1, 5), Vec(2, -3)]), min(pts), max(pts))
walk = Vec(0, 0)
for step in [Vec(1, 0), Vec(0, 2), Vec(-3, 1)]:
    walk += step
    walk = walk * 1
print("walked to", walk, "distance", round(abs(walk), 3))

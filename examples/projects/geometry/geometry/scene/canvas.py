"""A named collection of shapes that can be measured, moved and drawn."""

from geometry import util
from geometry.errors import DuplicateShape, EmptyScene
from geometry.vector import BBox, Vec2

from ..base import Shape


class Canvas:
    def __init__(self, name: str) -> None:
        self.name = name
        self.shapes: list[Shape] = []
        self.names: set[str] = set()

    def add(self, shape: Shape) -> Shape:
        if shape.name in self.names:
            raise DuplicateShape(shape.name)
        self.names.add(shape.name)
        self.shapes.append(shape)
        return shape

    def _require_shapes(self, operation: str) -> None:
        if len(self.shapes) == 0:
            raise EmptyScene(self.name, operation)

    def total_area(self) -> float:
        return sum([shape.area() for shape in self.shapes])

    def largest(self) -> Shape:
        self._require_shapes("largest")
        return sorted(self.shapes, key=lambda s: s.area(), reverse=True)[0]

    def by_kind(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for shape in self.shapes:
            if shape.kind not in groups:
                groups[shape.kind] = []
            groups[shape.kind].append(shape.name)
        return groups

    def bounds(self) -> BBox:
        self._require_shapes("bounds")
        box = self.shapes[0].bbox()
        for shape in self.shapes[1:]:
            box = box.union(shape.bbox())
        return box

    def move_all(self, offset: Vec2) -> None:
        for shape in self.shapes:
            shape.move(offset)

    def render(self, columns: int, rows: int) -> list[str]:
        # Later shapes are painted over earlier ones.
        box = self.bounds()
        lines: list[str] = []
        for row in range(rows):
            y = box.high.y - (row + 0.5) * box.height / rows
            line = ""
            for col in range(columns):
                point = Vec2(box.low.x + (col + 0.5) * box.width / columns, y)
                mark = util.EMPTY_CELL
                for shape in self.shapes:
                    if shape.contains(point):
                        mark = shape.name[0]
                line += mark
            lines.append(line)
        return lines

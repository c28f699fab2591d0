"""Demo: build a scene of shapes, measure it and draw it as ASCII art."""
# ruff: noqa: F403, F405

import geometry.util as gu
from geometry.errors import GeometryError
from geometry.scene import DEFAULT_COLUMNS, DEFAULT_ROWS, Canvas
from geometry.shapes import *
from geometry.vector import Vec2


def build_scene() -> Canvas:
    canvas = Canvas("street")
    canvas.add(Rectangle("house", Vec2(4.0, 3.0), 8.0, 6.0))
    canvas.add(Triangle("roof", Vec2(-1.0, 6.0), Vec2(9.0, 6.0), Vec2(4.0, 10.0)))
    canvas.add(Square("window", Vec2(2.0, 3.5), 2.2))
    canvas.add(Rectangle("door", Vec2(5.8, 1.5), 1.6, 3.0))
    canvas.add(Circle("sun", Vec2(14.0, 9.0), 2.3))
    canvas.add(Circle("ball", Vec2(12.0, 0.0).add(Vec2.polar(1.2, 60.0)), 0.9))
    return canvas


def report(shapes: list[Shape]) -> None:
    for shape in shapes:
        print(shape.describe())
        print(f"          compactness {shape.compactness():.3f}, bounds {shape.bbox().text()}")


def main() -> None:
    canvas = build_scene()
    report(canvas.shapes)
    total = canvas.total_area()
    print(f"total area {total:.2f}; largest is {canvas.largest().name}")
    for shape in sorted(canvas.shapes, key=lambda s: s.area(), reverse=True):
        share = 100.0 * shape.area() / total
        print(f"  {shape.name:<6} |{gu.ratio_bar(shape.area(), total, 30)}| {share:5.1f}%")
    print(f"scene bounds {canvas.bounds().text()}")
    for line in canvas.render(DEFAULT_COLUMNS, DEFAULT_ROWS):
        print("  " + line)
    for probe in [Vec2(2.0, 3.5), Vec2(4.0, 8.0), Vec2(20.0, 20.0)]:
        names = [shape.name for shape in canvas.shapes if shape.contains(probe)]
        print(f"probe {probe.text():<12} -> {', '.join(names) if names else 'nothing'}")
    canvas.move_all(Vec2(-4.0, 0.5))
    print(f"after move: bounds {canvas.bounds().text()}")
    for kind, names in sorted(canvas.by_kind().items()):
        print(f"  {kind:<9} x{len(names)}: {', '.join(sorted(names))}")

    a = Vec2(3.0, 4.0)
    b = Vec2.polar(2.0, 90.0)
    print(f"a={a.text()} |a|={gu.fmt(a.length)} b={b.text()} a.b={gu.fmt(a.dot(b))}")
    for attempt in ["circle", "rectangle", "triangle", "duplicate", "empty"]:
        try:
            if attempt == "circle":
                Circle("bad", Vec2(0.0, 0.0), -1.5)
            elif attempt == "rectangle":
                Rectangle("flat", Vec2(0.0, 0.0), 3.0, 0.0)
            elif attempt == "triangle":
                Triangle("line", Vec2(0.0, 0.0), Vec2(1.0, 1.0), Vec2(2.0, 2.0))
            elif attempt == "duplicate":
                canvas.add(Square("sun", Vec2(0.0, 0.0), 1.0))
            else:
                print(f"largest of empty: {Canvas('empty').largest().name}")
        except GeometryError as e:
            print("error:", e)
        finally:
            print(f"  scene still has {len(canvas.shapes)} shapes")


if __name__ == "__main__":
    main()

"""Distances, float internals and small ordered caches for a survey tool."""
import math
from collections import OrderedDict, deque


def distances():
    home = (0.0, 0.0)
    shop = (3.0, 4.0)
    print("home->shop:", math.dist(home, shop))
    a = [1.5, 2.5, -1.0]
    b = [4.5, -1.5, 11.0]
    print("3d dist:", math.dist(a, b))
    print("hypot(5, 12):", math.hypot(5, 12))
    print("hypot(2, 3, 6):", math.hypot(2, 3, 6))
    coords = [1.0, 2.0, 2.0, 4.0]
    print("hypot(*coords):", math.hypot(*coords))
    route = [(0.0, 0.0), (3.0, 4.0), (6.0, 8.0), (6.0, 0.0)]
    total = 0.0
    for i in range(1, len(route)):
        total += math.dist(route[i - 1], route[i])
    print("route length:", total)


def float_internals():
    for value in [2.75, 0.1, -1.5, 1e-3, 12.0]:
        frac, whole = math.modf(value)
        num, den = value.as_integer_ratio()
        print(f"{value}: modf=({frac}, {whole}) ratio={num}/{den} hex={value.hex()}")
    for text in ["0x1.8p1", "0x1.921fb54442d18p+1", "-0x1p-2"]:
        print(text, "->", float.fromhex(text))
    print("round trip:", float.fromhex((0.1).hex()) == 0.1)


def products_and_limits():
    print("prod ints:", math.prod([2, 3, 7]))
    print("prod mixed:", math.prod([2, 0.5, 3, 1.25]))
    print("prod of three:", math.prod([1.5, 4, 2]))
    print("inf > 10**400:", math.inf > 10**400)
    print("1e308 < 10**400:", 1e308 < 10**400)
    print("-inf < -(10**400):", -math.inf < -(10**400))
    print("2.0**60 == 2**60:", 2.0**60 == 2**60)
    print("max finite:", 1.7976931348623157e308 < 2**1024)


def caches():
    regions = ["north", "south", "east", "west"]
    visits = dict.fromkeys(regions, 0)
    for r in ["east", "north", "east", "west", "east"]:
        visits[r] += 1
    print("visits:", visits)
    flags = dict.fromkeys("abc")
    print("flags:", flags)
    recent = OrderedDict.fromkeys(["p1", "p2", "p3", "p4"], 0.0)
    recent.move_to_end("p2")
    recent.move_to_end("p4", last=False)
    recent["p3"] = 9.5
    print("ordered:", list(recent.keys()))
    print("ordered items:", list(recent.items()))
    window = deque(maxlen=3)
    print("window maxlen:", window.maxlen)
    for reading in [10.0, 12.5, 11.0, 14.0, 9.5]:
        window.append(reading)
        avg = sum(window) / len(window)
        print(f"  window={list(window)} avg={avg:.3f}")
    print("final window:", window)


def main():
    distances()
    float_internals()
    products_and_limits()
    caches()


main()

"""Numeric helpers and package-wide constants."""

import math

EPSILON = 1e-9
FULL_TURN = 2.0 * math.pi
EMPTY_CELL = "."


def approx_equal(a: float, b: float) -> bool:
    return abs(a - b) <= EPSILON * max(1.0, abs(a), abs(b))


def clamp(value: float, low: float, high: float) -> float:
    if value < low:
        return low
    if value > high:
        return high
    return value


def fmt(value: float) -> str:
    """Format with three decimals, trimming trailing zeros: 2.500 -> 2.5."""
    if abs(value) < EPSILON:
        return "0"
    return f"{value:.3f}".rstrip("0").rstrip(".")


def ratio_bar(value: float, total: float, width: int) -> str:
    filled = int(clamp(value / total, 0.0, 1.0) * width)
    return "=" * filled + " " * (width - filled)

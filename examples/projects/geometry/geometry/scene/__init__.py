"""Scenes: named collections of shapes."""

from .canvas import Canvas

__all__ = ["DEFAULT_COLUMNS", "DEFAULT_ROWS", "Canvas"]

DEFAULT_COLUMNS = 44
DEFAULT_ROWS = 14

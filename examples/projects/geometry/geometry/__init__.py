"""geometry: 2D vectors, shapes and scenes."""

__version__ = "0.9.0"

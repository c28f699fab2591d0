"""shop: a small inventory and order-processing library."""

__version__ = "0.3.1"

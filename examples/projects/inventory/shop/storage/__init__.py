"""Stock storage back-ends."""

from .memory import Store

__all__ = ["LOW_STOCK_THRESHOLD", "Store"]

LOW_STOCK_THRESHOLD = 3

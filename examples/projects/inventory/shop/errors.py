"""Exception hierarchy for the shop package."""


class ShopError(Exception):
    """Base class for every error raised by the shop package."""


class UnknownSku(ShopError):
    def __init__(self, sku: str) -> None:
        super().__init__(f"unknown SKU '{sku}'")
        self.sku = sku


class InvalidQuantity(ShopError):
    def __init__(self, quantity: int) -> None:
        super().__init__(f"quantity must be positive, got {quantity}")
        self.quantity = quantity


class OutOfStock(ShopError):
    def __init__(self, sku: str, requested: int, available: int) -> None:
        super().__init__(f"cannot take {requested} x '{sku}': only {available} in stock")
        self.sku = sku
        self.requested = requested
        self.available = available


class OrderClosed(ShopError):
    def __init__(self, order_id: int, status: str) -> None:
        super().__init__(f"order #{order_id} is {status} and cannot be changed")
        self.order_id = order_id
        self.status = status

"""An in-memory stock store keyed by SKU."""

from shop.errors import InvalidQuantity, OutOfStock, UnknownSku

from ..models import Item


class Store:
    def __init__(self, name: str) -> None:
        self.name = name
        self._items: dict[str, Item] = {}
        self._stock: dict[str, int] = {}

    def add(self, item: Item, quantity: int) -> None:
        if quantity <= 0:
            raise InvalidQuantity(quantity)
        if item.sku not in self._items:
            self._items[item.sku] = item
            self._stock[item.sku] = 0
        self._stock[item.sku] += quantity

    def get(self, sku: str) -> Item:
        if sku not in self._items:
            raise UnknownSku(sku)
        return self._items[sku]

    def available(self, sku: str) -> int:
        self.get(sku)
        return self._stock[sku]

    def take(self, sku: str, quantity: int) -> Item:
        if quantity <= 0:
            raise InvalidQuantity(quantity)
        item = self.get(sku)
        have = self._stock[sku]
        if quantity > have:
            raise OutOfStock(sku, quantity, have)
        self._stock[sku] = have - quantity
        return item

    @property
    def skus(self) -> list[str]:
        return sorted(self._items.keys())

    def units(self) -> int:
        return sum(self._stock.values())

    def total_value(self) -> float:
        return sum([self._items[sku].price * self._stock[sku] for sku in self.skus])

    def low_stock(self, threshold: int) -> list[str]:
        return [sku for sku in self.skus if self._stock[sku] <= threshold]

"""Core domain models: catalogue items, order lines and customers."""

from dataclasses import dataclass
from enum import Enum


class Category(Enum):
    FOOD = "food"
    TOOLS = "tools"
    BOOKS = "books"
    TOYS = "toys"


@dataclass
class Item:
    sku: str
    name: str
    price: float
    category: Category
    weight_kg: float = 0.5

    @property
    def label(self) -> str:
        return f"{self.name} [{self.sku}]"

    @staticmethod
    def make_sku(prefix: str, number: int) -> str:
        return f"{prefix.upper()}-{number:04d}"


@dataclass
class LineItem:
    item: Item
    quantity: int = 1

    @property
    def subtotal(self) -> float:
        return self.item.price * self.quantity

    @property
    def weight(self) -> float:
        return self.item.weight_kg * self.quantity

    def describe(self) -> str:
        return f"{self.quantity:>3} x {self.item.name:<18} {self.subtotal:>8.2f}"


class Customer:
    def __init__(self, name: str, member: bool = False) -> None:
        self.name = name
        self.member = member
        self.orders_placed = 0

    @classmethod
    def member_named(cls, name: str) -> "Customer":
        return cls(name, True)

    @property
    def discount_percent(self) -> float:
        return 5.0 if self.member else 0.0

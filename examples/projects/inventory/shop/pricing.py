"""Pricing rules: each rule computes a discount for a list of order lines."""

from . import util
from .models import Category, LineItem


class PricingRule:
    def __init__(self, name: str) -> None:
        self.name = name

    def discount(self, lines: list[LineItem]) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name}: no discount"


class PercentOff(PricingRule):
    def __init__(self, percent: float) -> None:
        super().__init__(f"{percent:.0f}% off")
        self.percent = percent

    def discount(self, lines: list[LineItem]) -> float:
        return util.subtotal(lines) * self.percent / 100.0

    def describe(self) -> str:
        return f"{self.name} on the whole order"


class CategoryDiscount(PricingRule):
    """A fixed amount off every unit in one category."""

    def __init__(self, category: Category, amount_off: float) -> None:
        super().__init__(f"{category.value} sale")
        self.category = category
        self.amount_off = amount_off

    def discount(self, lines: list[LineItem]) -> float:
        total = 0.0
        for line in lines:
            if line.item.category == self.category:
                total += min(self.amount_off, line.item.price) * line.quantity
        return total

    def describe(self) -> str:
        return f"{self.name}: {util.format_money(self.amount_off)} off per unit"

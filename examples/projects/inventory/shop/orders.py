"""Orders: take items out of a store, apply pricing rules, compute totals."""

from enum import Enum

from . import util
from .errors import OrderClosed
from .models import Customer, LineItem
from .pricing import PercentOff, PricingRule
from .storage.memory import Store


class OrderStatus(Enum):
    OPEN = "open"
    PAID = "paid"
    CANCELLED = "cancelled"


class Order:
    def __init__(self, order_id: int, customer: Customer, store: Store) -> None:
        self.order_id = order_id
        self.customer = customer
        self.store = store
        self.status = OrderStatus.OPEN
        self.lines: list[LineItem] = []
        self.rules: list[PricingRule] = []
        if customer.member:
            self.rules.append(PercentOff(customer.discount_percent))

    def _ensure_open(self) -> None:
        if self.status != OrderStatus.OPEN:
            raise OrderClosed(self.order_id, self.status.value)

    def add(self, sku: str, quantity: int) -> LineItem:
        self._ensure_open()
        item = self.store.take(sku, quantity)
        line = LineItem(item, quantity)
        self.lines.append(line)
        return line

    def apply(self, rule: PricingRule) -> None:
        self._ensure_open()
        self.rules.append(rule)

    @property
    def subtotal(self) -> float:
        return util.subtotal(self.lines)

    @property
    def discount(self) -> float:
        total = sum([rule.discount(self.lines) for rule in self.rules])
        return min(total, self.subtotal)

    @property
    def net(self) -> float:
        return self.subtotal - self.discount

    @property
    def shipping(self) -> float:
        return util.shipping_cost(util.total_weight(self.lines), self.net)

    @property
    def total(self) -> float:
        return self.net + util.tax_on(self.net) + self.shipping

    def pay(self) -> float:
        self._ensure_open()
        self.status = OrderStatus.PAID
        self.customer.orders_placed += 1
        return self.total

    def cancel(self) -> None:
        self._ensure_open()
        for line in self.lines:
            self.store.add(line.item, line.quantity)
        self.status = OrderStatus.CANCELLED

    def receipt(self) -> list[str]:
        rows = [f"Order #{self.order_id} for {self.customer.name}"]
        rows.extend([f"  {line.describe()}" for line in self.lines])
        rows.extend([f"  rule  {rule.describe()}" for rule in self.rules])
        labels = ["subtotal", "discount", "tax", "shipping", "total"]
        amounts = [self.subtotal, self.discount, util.tax_on(self.net), self.shipping, self.total]
        for i in range(len(labels)):
            rows.append(f"  {labels[i]:<8} {util.format_money(amounts[i]):>16}")
        return rows

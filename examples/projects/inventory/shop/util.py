"""Money helpers and shop-wide constants."""

from .models import LineItem

TAX_RATE = 0.2
CURRENCY = "EUR"
FREE_SHIPPING_THRESHOLD = 100.0
SHIPPING_BASE = 4.5
SHIPPING_PER_KG = 1.4


def format_money(amount: float) -> str:
    return f"{amount:.2f} {CURRENCY}"


def subtotal(lines: list[LineItem]) -> float:
    return sum([line.subtotal for line in lines])


def total_weight(lines: list[LineItem]) -> float:
    return sum([line.weight for line in lines])


def tax_on(amount: float) -> float:
    return amount * TAX_RATE


def shipping_cost(weight_kg: float, order_value: float) -> float:
    if order_value >= FREE_SHIPPING_THRESHOLD or weight_kg == 0.0:
        return 0.0
    return SHIPPING_BASE + SHIPPING_PER_KG * weight_kg


def percent_of(part: float, whole: float) -> float:
    return 0.0 if whole == 0.0 else 100.0 * part / whole

"""A small shop inventory: restock decisions, totals and a report table."""

import sys

STOCK = [
    ("apple", 12, 0.5),
    ("banana", 3, 0.25),
    ("cherry", 0, 4.0),
    ("date", 25, 3.75),
    ("elderberry", 7, 6.2),
]

MINIMUM = 5


def needs_restock(quantity):
    return quantity < MINIMUM


def restock_amount(quantity):
    if quantity >= MINIMUM:
        return 0
    return MINIMUM * 2 - quantity


def stock_value(items):
    total = 0.0
    for _name, quantity, price in items:
        total += quantity * price
    return total


def report(items):
    print(f"{'item':<12}{'qty':>5}{'price':>8}{'value':>9}")
    for name, quantity, price in items:
        flag = " *" if needs_restock(quantity) else ""
        print(f"{name:<12}{quantity:>5}{price:>8.2f}{quantity * price:>9.2f}{flag}")
    print("-" * 34)
    print(f"{'total':<25}{stock_value(items):>9.2f}")


def main():
    report(STOCK)
    orders = {}
    for name, quantity, _price in STOCK:
        amount = restock_amount(quantity)
        if amount > 0:
            orders[name] = amount
    print(f"restock orders: {orders}")
    empty = [name for name, quantity, _price in STOCK if quantity == 0]
    if empty:
        print(f"out of stock: {', '.join(empty)}")
        sys.exit(3)
    print("all items in stock")


if __name__ == "__main__":
    main()

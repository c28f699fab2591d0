"""Demo: stock a store, place a few orders and report on what happened."""

import shop.util as u
from shop import models
from shop.errors import ShopError
from shop.orders import Order
from shop.pricing import CategoryDiscount, PercentOff, PricingRule
from shop.storage import LOW_STOCK_THRESHOLD, Store


def build_catalogue() -> list[models.Item]:
    food = models.Category.FOOD
    tools = models.Category.TOOLS
    return [
        models.Item(models.Item.make_sku("fd", 1), "Coffee beans", 12.5, food, 1.0),
        models.Item(models.Item.make_sku("fd", 2), "Green tea", 6.75, food, 0.2),
        models.Item(models.Item.make_sku("tl", 1), "Hammer", 18.0, tools, 1.4),
        models.Item(models.Item.make_sku("tl", 2), "Screwdriver set", 24.99, tools),
        models.Item(models.Item.make_sku("bk", 1), "Rust Primer", 39.9, models.Category.BOOKS, 0.9),
        models.Item(models.Item.make_sku("ty", 1), "Puzzle cube", 9.5, models.Category.TOYS, 0.1),
    ]


def main() -> None:
    store = Store("Main St.")
    catalogue = build_catalogue()
    for index, item in enumerate(catalogue):
        store.add(item, 4 + index * 2)
    print(f"Stock of {store.name}: {len(store.skus)} items, {store.units()} units")
    for sku in store.skus:
        item = store.get(sku)
        print(f"  {sku:<8} {item.name:<16} {store.available(sku):>3} x {item.price:>6.2f}")
    print(f"  stock value: {u.format_money(store.total_value())}")
    alice = models.Customer.member_named("Alice")
    bob = models.Customer("Bob")
    rules: list[PricingRule] = [CategoryDiscount(models.Category.TOYS, 1.2), PercentOff(3.0)]
    rules.append(CategoryDiscount(models.Category.TOOLS, 2.5))

    first = Order(1, alice, store)
    first.add("FD-0001", 2)
    first.add("TL-0002", 1)
    first.apply(rules[2])
    print("\n".join(first.receipt()))
    paid = first.pay()
    print(f"paid {u.format_money(paid)}, tax {u.TAX_RATE * 100:.0f}%, orders {alice.orders_placed}")

    second = Order(2, bob, store)
    second.add("TY-0001", 6)
    second.add("BK-0001", 1)
    for rule in rules[:2]:
        second.apply(rule)
    print("\n".join(second.receipt()))
    print(f"Bob saves {u.percent_of(second.discount, second.subtotal):.1f}% before tax")
    second.cancel()
    print(f"order #2 cancelled, puzzle cubes back to {store.available('TY-0001')}")

    third = Order(3, bob, store)
    for sku, quantity in [("FD-0002", 50), ("XX-0000", 1), ("TL-0001", -2), ("TL-0001", 3)]:
        try:
            print(f"added {third.add(sku, quantity).describe()}")
        except ShopError as e:
            print("error:", e)
        finally:
            print(f"  after {sku}: {store.units()} units in stock")
    try:
        first.add("FD-0002", 1)
    except ShopError as e:
        print("error:", e)
    print(f"order #3 total: {u.format_money(third.pay())}")

    low = store.low_stock(LOW_STOCK_THRESHOLD)
    print(f"low stock (<= {LOW_STOCK_THRESHOLD}): {', '.join(low) if low else 'none'}")
    by_price = sorted(catalogue, key=lambda item: item.price, reverse=True)
    print("most expensive:", ", ".join([item.label for item in by_price[:3]]))
    counts = {c.value: len([i for i in catalogue if i.category == c]) for c in models.Category}
    print("items per category:", ", ".join([f"{k}={v}" for k, v in sorted(counts.items())]))


if __name__ == "__main__":
    main()

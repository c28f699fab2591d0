# Small warehouse inventory report with reorder suggestions.

REORDER_THRESHOLD = 10
TAX_RATE = 0.0825


def load_inventory():
    items = [
        ("widget", 25, 2.50),
        ("gadget", 4, 12.99),
        ("gizmo", 0, 7.25),
        ("doohickey", 12, 0.99),
        ("thingamajig", 9, 15.00),
        ("sprocket", 150, 0.10),
    ]
    return items


def stock_value(items):
    total = 0.0
    for name, qty, price in items:
        total += qty * price
    return total


def reorder_list(items, threshold=REORDER_THRESHOLD):
    result = []
    for name, qty, price in items:
        if qty < threshold:
            need = threshold * 2 - qty
            result.append((name, need))
    return result


def format_row(name, qty, price):
    value = qty * price
    return f"{name:<12}|{qty:>5}|{price:>8.2f}|{value:>10,.2f}"


def main():
    items = load_inventory()
    print("Inventory Report")
    print("=" * 40)
    print(f"{'item':<12}|{'qty':>5}|{'price':>8}|{'value':>10}")
    print("-" * 40)
    for name, qty, price in sorted(items, key=lambda t: t[1] * t[2], reverse=True):
        print(format_row(name, qty, price))
    print("-" * 40)
    total = stock_value(items)
    print(f"Total stock value: {total:,.2f}")
    print(f"With tax ({TAX_RATE:.2%}): {total * (1 + TAX_RATE):,.2f}")
    print("Raw total:", total)

    low = reorder_list(items)
    print()
    print(f"{len(low)} items need reordering:")
    for name, need in low:
        print(f"  - {name.title()}: order {need} units")
    print("Reorder tuples:", low)

    out_of_stock = [name for name, qty, _ in items if qty == 0]
    print("Out of stock:", out_of_stock)
    counts = {name: qty for name, qty, _ in items}
    print(counts)
    most = max(items, key=lambda t: t[1])
    least = min(items, key=lambda t: t[1])
    print("Most stocked:", most[0], "Least stocked:", least[0])
    avg_price = sum(p for _, _, p in items) / len(items)
    print("Average price:", round(avg_price, 2), round(avg_price))


if __name__ == "__main__":
    main()

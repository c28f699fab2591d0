# Inventory management with parallel dicts keyed by SKU.


def make_inventory():
    names = {"A100": "hammer", "A200": "screwdriver", "B300": "nails (box)",
             "B400": "screws (box)", "C500": "drill", "C600": "saw"}
    stock = {"A100": 14, "A200": 30, "B300": 120, "B400": 8, "C500": 3, "C600": 0}
    prices = {"A100": 12.5, "A200": 6.75, "B300": 4.2, "B400": 5.1, "C500": 89.0, "C600": 24.99}
    return names, stock, prices


def receive(stock, sku, qty):
    stock[sku] = stock.get(sku, 0) + qty


def sell(stock, sku, qty):
    available = stock.get(sku, 0)
    if qty > available:
        sold = available
    else:
        sold = qty
    stock[sku] = available - sold
    return sold


def report(names, stock, prices, title):
    print(title)
    print(f"{'SKU':<6}{'Item':<14}{'Qty':>5}{'Price':>8}{'Value':>10}")
    total = 0.0
    for sku in sorted(stock):
        value = stock[sku] * prices[sku]
        total += value
        flag = " LOW" if stock[sku] < 10 else ""
        print(f"{sku:<6}{names[sku]:<14}{stock[sku]:>5}{prices[sku]:>8.2f}{value:>10.2f}{flag}")
    print(f"{'':<33}{total:>10.2f}")
    return total


def main():
    names, stock, prices = make_inventory()
    before = report(names, stock, prices, "Opening stock")

    orders = [("A100", 4), ("C500", 5), ("B300", 50), ("C600", 1), ("A200", 10)]
    revenue = 0.0
    shortfalls = []
    for sku, qty in orders:
        sold = sell(stock, sku, qty)
        revenue += sold * prices[sku]
        if sold < qty:
            shortfalls.append((sku, qty - sold))
    receive(stock, "C600", 6)
    receive(stock, "B400", 40)
    names.update({"D700": "tape measure", "E800": "level"})
    prices.update({"D700": 7.49, "E800": 15.0})
    stock.update({"E800": 2})
    receive(stock, "D700", 12)

    print()
    after = report(names, stock, prices, "Closing stock")
    print()
    print(f"Revenue: {revenue:.2f}")
    print(f"Stock value change: {after - before:.2f}")
    print("Shortfalls:", shortfalls)

    out = [sku for sku, q in stock.items() if q == 0]
    print("Out of stock:", out)
    low = sorted([(q, sku) for sku, q in stock.items() if 0 < q < 10])
    print("Low stock (qty, sku):", low)

    discontinued = "A200"
    removed_qty = stock.pop(discontinued)
    del names[discontinued]
    prices.pop(discontinued)
    print(f"Discontinued {discontinued}, wrote off {removed_qty} units")
    print("Remaining SKUs:", sorted(stock.keys()))
    expensive = [names[s] for s in sorted(prices) if prices[s] > 10]
    print("Items over $10:", expensive)
    print("Most valuable line:", max(stock, key=lambda s: stock[s] * prices[s]))


if __name__ == "__main__":
    main()

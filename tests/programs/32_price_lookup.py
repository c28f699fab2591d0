# Price a list of orders against a catalogue. An order references a
# discontinued product code, so the final lookup raises KeyError (exit 1).

CATALOGUE = {
    "P100": ("Notebook", 3.49),
    "P200": ("Pen (blue)", 0.99),
    "P201": ("Pen (red)", 0.99),
    "P300": ("Stapler", 12.5),
    "P400": ("Desk lamp", 24.0),
}

DISCOUNTS = {"P300": 0.1, "P400": 0.25}

ORDERS = [
    ["P100", "P200", "P200", "P300"],
    ["P400", "P201"],
    ["P100", "P100", "P100"],
    ["P200", "P999", "P100"],
]


def unit_price(code):
    name, price = CATALOGUE[code]
    discount = DISCOUNTS.get(code, 0.0)
    return price * (1 - discount)


def summarize(order):
    counts = {}
    for code in order:
        counts[code] = counts.get(code, 0) + 1
    return counts


def order_total(order):
    total = 0.0
    for code, qty in summarize(order).items():
        total += unit_price(code) * qty
    return total


def main():
    print("Catalogue:")
    for code, (name, price) in sorted(CATALOGUE.items(), key=lambda kv: kv[1][1]):
        note = f" (-{DISCOUNTS[code]:.0%})" if code in DISCOUNTS else ""
        print(f"  {code} {name:<12} {price:>6.2f}{note}")
    print("Known codes:", list(CATALOGUE.keys()))
    print("Unit prices:", {code: unit_price(code) for code in CATALOGUE})
    for number, order in enumerate(ORDERS, start=1001):
        print(f"Order #{number}: {summarize(order)}")
        total = order_total(order)
        print(f"  total = {total:.2f} ({total!r})")


if __name__ == "__main__":
    main()

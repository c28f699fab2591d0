# Inventory restock planner: sales velocity, days of cover, case rounding, supplier POs.
import math

LEAD_DAYS = {"Northline": 5, "Coastal": 9, "Hillside": 3, "Valley": 7}
SAFETY_DAYS = 4
MIN_ORDER = {"Northline": 250.0, "Coastal": 400.0, "Hillside": 500.0, "Valley": 150.0}
SMALL_ORDER_FEE = 35.0

STOCK = [
    ("A100", "olive oil 1L", "Coastal", 18, 12, 8.40),
    ("A101", "balsamic 500ml", "Coastal", 40, 6, 5.15),
    ("B200", "rice 5kg", "Northline", 7, 10, 11.90),
    ("B201", "lentils 1kg", "Northline", 55, 20, 2.35),
    ("B202", "oats 1kg", "Northline", 12, 20, 1.95),
    ("C300", "coffee 1kg", "Hillside", 9, 6, 14.75),
    ("C301", "tea 100 bags", "Hillside", 30, 12, 3.60),
    ("D400", "honey 500g", "Valley", 48, 12, 6.10),
    ("E500", "saffron 1g", "Valley", 3, 5, 9.99),
]

SALES = """
A100: 4 3 5 2 6 4 3
A101: 1 0 2 1 0 1 1
B200: 3 2 4 3 3 5 2
B201: 6 5 7 4 6 8 5
B202: 9 7 8 10 6 9 11
C300: 2 3 1 2 4 2 3
C301: 0 0 1 0 0 0 0
D400: 1 2 1 0 2 1 1
"""


def parse_sales(text):
    history = {}
    for line in text.strip().splitlines():
        sku, _, rest = line.partition(":")
        history[sku.strip()] = [int(x) for x in rest.split()]
    return history


def days_of_cover(on_hand, daily):
    if daily == 0:
        return None
    return on_hand / daily


def order_quantity(on_hand, daily, lead, case):
    target = math.ceil(daily * (lead + SAFETY_DAYS + 7))
    shortfall = target - on_hand
    if shortfall <= 0:
        return 0
    return math.ceil(shortfall / case) * case


def main():
    history = parse_sales(SALES)
    orders = {}
    print(f"{'sku':<5} {'item':<15} {'have':>4} {'avg/day':>7} {'cover':>6} {'order':>5}")
    for sku, name, supplier, on_hand, case, cost in STOCK:
        sold = history.get(sku, [])
        daily = sum(sold) / len(sold) if sold else 0.0
        cover = days_of_cover(on_hand, daily)
        cover_text = "inf" if cover is None else f"{cover:.1f}"
        qty = order_quantity(on_hand, daily, LEAD_DAYS[supplier], case)
        urgent = cover is not None and cover < LEAD_DAYS[supplier]
        print(f"{sku:<5} {name:<15} {on_hand:>4} {daily:>7.2f} {cover_text:>6} {qty:>5}{' URGENT' if urgent else ''}")
        if qty > 0:
            orders.setdefault(supplier, []).append((sku, name, qty, round(qty * cost, 2)))
    print()
    grand = 0.0
    for supplier in sorted(orders):
        lines = orders[supplier]
        subtotal = sum(line[3] for line in lines)
        fee = SMALL_ORDER_FEE if subtotal < MIN_ORDER[supplier] else 0.0
        total = subtotal + fee
        grand += total
        print(f"PO to {supplier} (lead {LEAD_DAYS[supplier]} days)")
        for sku, name, qty, amount in sorted(lines, key=lambda t: (-t[3], t[0])):
            print(f"   {qty:>4} x {name:<15} ${amount:>8,.2f}")
        if fee > 0:
            print(f"   small order fee        ${fee:>8,.2f}")
        print(f"   total                  ${total:>8,.2f}")
    print(f"All purchase orders: ${grand:,.2f}")
    idle = sorted(set(s[2] for s in STOCK if s[2] not in orders))
    print("suppliers with nothing to order:", ", ".join(idle) if idle else "none")
    no_history = [s[0] for s in STOCK if s[0] not in history]
    print("items without sales history:", no_history)
    trends = []
    for sku, sold in sorted(history.items()):
        first, second = sum(sold[:3]) / 3, sum(sold[-3:]) / 3
        change = (second - first) / first if first else 0.0
        trends.append((sku, change))
    rising = [f"{sku} {change:+.0%}" for sku, change in trends if change > 0.1]
    print("rising demand:", ", ".join(rising))
    print("slowest mover:", min(history, key=lambda k: (sum(history[k]), k)))


if __name__ == "__main__":
    main()

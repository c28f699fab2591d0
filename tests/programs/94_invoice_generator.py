# Invoice generator: line items, volume discounts, tax by category, payment terms.

TAX_RATES = {"goods": 0.08, "service": 0.05, "food": 0.0}
DISCOUNT_TIERS = [(10000.0, 0.07), (5000.0, 0.05), (1000.0, 0.02)]
COMPANY = "Acme Supply Co."

INVOICES = [
    ("INV-1001", "Bluebird Cafe", 30, [
        ("Espresso beans 5kg", 4, 89.5, "food"),
        ("Grinder service", 1, 145.0, "service"),
        ("Paper cups (1000)", 6, 42.25, "goods"),
    ]),
    ("INV-1002", "Northwind Labs", 45, [
        ("Workstation", 3, 1849.99, "goods"),
        ("Monitor 27in", 6, 329.0, "goods"),
        ("Setup and install", 12, 95.0, "service"),
    ]),
    ("INV-1003", "Tiny Tots Daycare", 15, [
        ("Juice boxes", 40, 0.85, "food"),
        ("Crayons", 25, 1.99, "goods"),
    ]),
]


def discount_rate(subtotal):
    for threshold, rate in DISCOUNT_TIERS:
        if subtotal >= threshold:
            return rate
    return 0.0


def money(x):
    return "${:,.2f}".format(x)


def due_label(days, issue_day=1):
    due = issue_day + days
    month = 1
    while due > 31:
        due -= 31
        month += 1
    return "%02d/%02d" % (month, due)


def build_invoice(number, customer, terms, items):
    lines = []
    lines.append("=" * 60)
    lines.append("{:^60}".format(COMPANY))
    lines.append("Invoice {}  Customer: {}".format(number, customer))
    lines.append("-" * 60)
    lines.append("%-24s %5s %10s %8s %9s" % ("Item", "Qty", "Unit", "Tax", "Amount"))
    subtotal = 0.0
    tax_by_cat = {}
    for desc, qty, unit, cat in items:
        amount = round(qty * unit, 2)
        subtotal += amount
        tax_by_cat[cat] = tax_by_cat.get(cat, 0.0) + amount * TAX_RATES[cat]
        lines.append("%-24s %5d %10.2f %7.0f%% %9.2f" % (desc[:24], qty, unit, TAX_RATES[cat] * 100, amount))
    rate = discount_rate(subtotal)
    discount = round(subtotal * rate, 2)
    tax = round(sum(tax_by_cat.values()) * (1 - rate), 2)
    total = round(subtotal - discount + tax, 2)
    lines.append("-" * 60)
    lines.append(f"{'Subtotal':>48} {money(subtotal):>11}")
    if discount > 0:
        label = f"Discount ({rate:.0%})"
        lines.append(f"{label:>48} {'-' + money(discount):>11}")
    lines.append(f"{'Tax':>48} {money(tax):>11}")
    lines.append(f"{'TOTAL':>48} {money(total):>11}")
    lines.append(f"Terms: net {terms}, due {due_label(terms)}; late fee {0.015:.1%} per month")
    return "\n".join(lines), total


def main():
    grand = 0.0
    totals = []
    for number, customer, terms, items in INVOICES:
        text, total = build_invoice(number, customer, terms, items)
        print(text)
        grand += total
        totals.append((customer, total))
    print("=" * 60)
    print("Summary:")
    for customer, total in sorted(totals, key=lambda t: -t[1]):
        share = total / grand
        print("  {:<20} {:>14} {:>7.2%}".format(customer, money(total), share))
    print("  {:<20} {:>14}".format("All customers", money(grand)))
    print("Longest description: %s" % max((it[0] for inv in INVOICES for it in inv[3]), key=len))
    print(due_label(30), due_label(45), due_label(15, issue_day=20), due_label(days=70, issue_day=5))
    print([discount_rate(x) for x in [999.99, 1000.0, 7500.0, 25000.0]])


if __name__ == "__main__":
    main()

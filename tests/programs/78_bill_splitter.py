# Restaurant bill splitting with tips, shared dishes and rounding to cents.


def to_cents(amount):
    return int(round(amount * 100))


def fmt(cents):
    sign = "-" if cents < 0 else ""
    dollars, rem = divmod(abs(cents), 100)
    return f"{sign}${dollars:,}.{rem:02d}"


def split_evenly(total_cents, people):
    base, leftover = divmod(total_cents, people)
    shares = [base] * people
    for i in range(leftover):
        shares[i] += 1
    return shares


def main():
    orders = [
        ("Ana", "pasta", 14.5),
        ("Ben", "steak", 27.95),
        ("Cara", "salad", 9.75),
        ("Dev", "burger", 13.25),
        ("Ana", "wine", 8.0),
        ("Ben", "beer", 6.5),
        ("Dev", "beer", 6.5),
    ]
    shared = [("nachos", 11.0), ("dessert platter", 15.6)]
    tip_rate = 0.18
    tax_rate = 0.0875

    people = []
    for name, _, _ in orders:
        if name not in people:
            people.append(name)

    personal = {p: 0 for p in people}
    for name, dish, price in orders:
        personal[name] += to_cents(price)
    shared_total = sum(to_cents(price) for _, price in shared)
    shared_each = split_evenly(shared_total, len(people))

    print(f"{'Person':<6}{'Own':>10}{'Shared':>10}{'Tax':>9}{'Tip':>9}{'Total':>11}")
    grand = 0
    rows = []
    for i, p in enumerate(people):
        own = personal[p]
        share = shared_each[i]
        subtotal = own + share
        tax = round(subtotal * tax_rate)
        tip = round(subtotal * tip_rate)
        total = subtotal + tax + tip
        grand += total
        rows.append((p, total))
        print(f"{p:<6}{fmt(own):>10}{fmt(share):>10}{fmt(tax):>9}{fmt(tip):>9}{fmt(total):>11}")
    print("-" * 55)
    print(f"{'Grand total':<44}{fmt(grand):>11}")

    food = sum(personal.values()) + shared_total
    print()
    print("Food and drink:", fmt(food))
    print("Even split of grand total:", [fmt(c) for c in split_evenly(grand, len(people))])
    payer = max(rows, key=lambda r: r[1])
    print(f"Biggest bill: {payer[0]} with {fmt(payer[1])}")
    print("Sum check:", sum(t for _, t in rows) == grand)

    print()
    print("Tip options on the food total:")
    for pct in [15, 18, 20, 22, 25]:
        tip = food * pct // 100
        print(f"  {pct}% -> tip {fmt(tip):>8}, total {fmt(food + tip):>9}")

    print()
    paid = {"Ana": 5000, "Ben": 4000, "Cara": 0, "Dev": 2500}
    owed = {p: t for p, t in rows}
    for p in people:
        diff = paid[p] - owed[p]
        status = "gets back" if diff > 0 else "owes"
        print(f"  {p:<5} paid {fmt(paid[p]):>8} {status} {fmt(abs(diff))}")
    print("Negative format:", fmt(-1234), fmt(5), fmt(123456789))


if __name__ == "__main__":
    main()

# Shop receipt with banker's rounding, the way Python's round() behaves.

PRICES = {
    "apple": 0.5,
    "bread": 2.25,
    "milk": 1.125,
    "cheese": 4.375,
    "eggs": 2.5,
    "jam": 3.0,
}

BASKET = [("apple", 3), ("bread", 1), ("milk", 2), ("cheese", 1), ("eggs", 1), ("jam", 2)]


def line_total(item, qty):
    return PRICES[item] * qty


def loyalty_points(amount):
    # one point per whole currency unit, rounded half to even
    return round(amount)


def main():
    print("ROUND() SHOWCASE")
    for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.4999]:
        print(f"round({v}) = {round(v)}")
    for v in [0.125, 0.375, 2.675, 1.005, 0.045, 2.5]:
        print(f"round({v}, 2) = {round(v, 2)}")
    print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
    print(round(7), round(7.0), round(7.0, 1), round(0.1 + 0.2, 10))
    print()
    print("RECEIPT")
    subtotal = 0.0
    for item, qty in BASKET:
        cost = line_total(item, qty)
        subtotal += cost
        print(f"{item:<8} {qty:>2} x {PRICES[item]:>6.3f} = {cost:>7.3f} -> {round(cost, 2):>6}")
    print(f"{'subtotal':<8} {subtotal:.4f}", subtotal)
    tax = subtotal * 0.07
    print("tax raw:", tax, "rounded:", round(tax, 2))
    total = round(subtotal + tax, 2)
    print("TOTAL:", total)
    print("points:", loyalty_points(total), loyalty_points(22.5), loyalty_points(23.5))
    cents = int(round(total * 100))
    dollars, rem = divmod(cents, 100)
    print(f"{dollars} dollars and {rem} cents")
    print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f}")
    splits = [round(total / n, 2) for n in range(1, 5)]
    print("split bill:", splits)
    print("check:", [round(s * n, 2) for n, s in enumerate(splits, 1)])


if __name__ == "__main__":
    main()

# Shopping cart totals with discounts, tax and a printed receipt.

PRICES = {
    "apple": 0.5,
    "bread": 2.25,
    "milk": 1.99,
    "cheese": 5.75,
    "coffee": 8.49,
    "eggs": 3.1,
}

TAX_RATE = 0.07


def add_item(cart, name, qty=1):
    if name not in PRICES:
        print(f"Sorry, we don't sell {name!r}")
        return False
    cart[name] = cart.get(name, 0) + qty
    return True


def remove_item(cart, name, qty=1):
    if name not in cart:
        return
    cart[name] -= qty
    if cart[name] <= 0:
        del cart[name]


def subtotal(cart):
    return sum(PRICES[name] * qty for name, qty in cart.items())


def discount_for(total, coupon=None):
    if coupon == "SAVE10":
        return total * 0.10
    if coupon == "FIVEOFF" and total >= 20:
        return 5.0
    return 0.0


def print_receipt(cart, coupon=None):
    print("=" * 34)
    print(f"{'Item':<10}{'Qty':>5}{'Price':>8}{'Total':>11}")
    print("-" * 34)
    for name in sorted(cart):
        qty = cart[name]
        price = PRICES[name]
        print(f"{name.capitalize():<10}{qty:>5}{price:>8.2f}{price * qty:>11.2f}")
    print("-" * 34)
    sub = subtotal(cart)
    disc = discount_for(sub, coupon)
    taxed = (sub - disc) * TAX_RATE
    total = sub - disc + taxed
    print(f"{'Subtotal':<23}{sub:>11.2f}")
    if disc > 0:
        print(f"{'Discount (' + str(coupon) + ')':<23}{-disc:>11.2f}")
    print(f"{'Tax':<23}{taxed:>11.2f}")
    print(f"{'TOTAL':<23}{total:>11.2f}")
    print("=" * 34)
    return round(total, 2)


def main():
    cart = {}
    add_item(cart, "apple", 6)
    add_item(cart, "bread")
    add_item(cart, "milk", 2)
    add_item(cart, "caviar")
    add_item(cart, "coffee")
    add_item(cart, "apple", 2)
    print("Cart now:", cart)
    first = print_receipt(cart)
    remove_item(cart, "milk")
    remove_item(cart, "bread", 5)
    add_item(cart, "cheese", 3)
    print("Cart now:", cart)
    second = print_receipt(cart, coupon="SAVE10")
    third = print_receipt(cart, "FIVEOFF")
    print("Totals:", [first, second, third])
    items_count = sum(cart.values())
    print(f"{items_count} items, {len(cart)} distinct products")
    cheapest = min(cart, key=lambda n: PRICES[n])
    print("Cheapest item in cart:", cheapest, PRICES[cheapest])


if __name__ == "__main__":
    main()

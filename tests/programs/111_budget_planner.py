# Household budget planner: a global running balance, category shares, savings goal.
import math

STARTING_BALANCE = 1250.00
SAVINGS_GOAL = 12000.00
CATEGORIES = ["rent", "food", "transport", "utilities", "fun", "savings"]
PLAN = {"rent": 0.35, "food": 0.15, "transport": 0.10, "utilities": 0.08, "fun": 0.12, "savings": 0.20}

balance = STARTING_BALANCE
overdrafts = 0
history = []

MONTHS = [
    ("Jan", 4200.00, [("rent", 1450.00), ("food", 612.35), ("transport", 220.10), ("utilities", 310.44), ("fun", 540.00)]),
    ("Feb", 4200.00, [("rent", 1450.00), ("food", 580.90), ("transport", 198.00), ("utilities", 355.12), ("fun", 260.75)]),
    ("Mar", 4350.00, [("rent", 1450.00), ("food", 701.15), ("transport", 410.00), ("utilities", 289.99), ("fun", 1320.40)]),
    ("Apr", 4350.00, [("rent", 1450.00), ("food", 640.00), ("transport", 205.50), ("utilities", 240.00), ("fun", 300.00)]),
    ("May", 3100.00, [("rent", 1450.00), ("food", 655.25), ("transport", 215.00), ("utilities", 198.30), ("fun", 2650.00)]),
]


def apply(amount, label):
    global balance, overdrafts
    balance = round(balance + amount, 2)
    if balance < 0:
        overdrafts += 1
        history.append(f"{label}: overdrawn to {balance:,.2f}")
    return balance


def month_report(name, income, spending):
    apply(income, name + " pay")
    spent = {}
    for category, amount in spending:
        spent[category] = spent.get(category, 0.0) + amount
        apply(-amount, f"{name} {category}")
    savings = round(income * PLAN["savings"], 2)
    if balance - savings >= 0:
        apply(-savings, name + " savings")
        spent["savings"] = savings
    else:
        spent["savings"] = 0.0
    print(f"{name}: income {income:>9,.2f}  balance after {balance:>10,.2f}")
    for category in CATEGORIES:
        used = spent.get(category, 0.0)
        budget = income * PLAN[category]
        pct = used / budget if budget else 0.0
        marker = "!!" if pct > 1.1 else ("ok" if pct >= 0.5 else "..")
        print(f"    {category:<10} {used:>9,.2f} / {budget:>9,.2f} {pct:>6.0%} {marker}")
    return spent["savings"]


def months_to_goal(saved, per_month, goal=SAVINGS_GOAL):
    if per_month <= 0:
        return None
    return math.ceil((goal - saved) / per_month)


def main():
    saved_total = 0.0
    saved_by_month = []
    for name, income, spending in MONTHS:
        saved = month_report(name, income, spending)
        saved_total += saved
        saved_by_month.append((name, saved))
    print()
    print(f"final balance {balance:,.2f}, overdrafts {overdrafts}")
    for note in history:
        print("  warning:", note)
    print(f"saved {saved_total:,.2f} of {SAVINGS_GOAL:,.2f} ({saved_total / SAVINGS_GOAL:.1%})")
    good_months = [(n, s) for n, s in saved_by_month if s > 0]
    avg = sum(s for _, s in good_months) / len(good_months)
    remaining = months_to_goal(saved_total, avg)
    if remaining is not None:
        print(f"at {avg:,.2f}/month the goal needs {remaining} more months")
    print("never saving:", months_to_goal(saved_total, 0.0))
    print("with a raise:", months_to_goal(saved_total, avg * 1.25), "| smaller goal:", months_to_goal(saved_total, avg, goal=6000.0))
    skipped = [n for n, s in saved_by_month if s == 0.0]
    print("months without savings:", ", ".join(skipped) if skipped else "none")
    totals = {}
    for _, _, spending in MONTHS:
        for category, amount in spending:
            totals[category] = totals.get(category, 0.0) + amount
    ranked = sorted(totals.items(), key=lambda t: (-t[1], t[0]))
    print("five-month spending:", "; ".join("%s=%.2f" % (c, a) for c, a in ranked))


if __name__ == "__main__":
    main()

# Simple bank accounts stored in dicts; processes transactions and exits
# with status 1 if any transaction was rejected.
import sys

balances = {"ACC-001": 500.0, "ACC-002": 1250.75, "ACC-003": 0.0}
owners = {"ACC-001": "Maria Lopez", "ACC-002": "Tom Becker", "ACC-003": "Li Wei"}
history = {}

MIN_BALANCE = 0.0
OVERDRAFT_FEE = 25.0


def deposit(account, amount):
    if amount <= 0:
        return f"invalid deposit amount {amount}"
    balances[account] = balances[account] + amount
    history.setdefault(account, []).append(("deposit", amount))
    return ""


def withdraw(account, amount):
    if amount > balances[account] - MIN_BALANCE:
        history.setdefault(account, []).append(("rejected", amount))
        return f"insufficient funds for {amount:.2f}"
    balances[account] -= amount
    history.setdefault(account, []).append(("withdraw", amount))
    return ""


def transfer(source, target, amount):
    err = withdraw(source, amount)
    if err:
        return "transfer failed: " + err
    deposit(target, amount)
    return ""


transactions = [
    ("deposit", "ACC-001", "", 150.0),
    ("withdraw", "ACC-002", "", 200.25),
    ("transfer", "ACC-002", "ACC-003", 300.0),
    ("withdraw", "ACC-003", "", 350.0),
    ("deposit", "ACC-003", "", -20.0),
    ("transfer", "ACC-001", "ACC-002", 649.99),
    ("withdraw", "ACC-001", "", 0.01),
]

errors = []
for number, (kind, acc, other, amount) in enumerate(transactions, start=1):
    if kind == "deposit":
        err = deposit(acc, amount)
    elif kind == "withdraw":
        err = withdraw(acc, amount)
    else:
        err = transfer(acc, other, amount)
    status = "ok" if not err else "FAILED"
    print(f"#{number} {kind:<9}{acc} {amount:>9.2f}  {status}")
    if err:
        errors.append(f"#{number} {acc}: {err}")

print()
print(f"{'Account':<9}{'Owner':<14}{'Balance':>12}")
for acc in sorted(balances):
    print(f"{acc:<9}{owners[acc]:<14}{balances[acc]:>12,.2f}")
total = sum(balances.values())
print(f"{'Total':<23}{total:>12,.2f}")

print()
for acc in sorted(history):
    entries = history[acc]
    summary = ", ".join(f"{kind} {amt:.2f}" for kind, amt in entries)
    print(f"{acc}: {summary}")

richest = max(balances, key=lambda a: balances[a])
print("Richest:", owners[richest].split()[0], round(balances[richest], 2))

if errors:
    print()
    print(f"{len(errors)} transaction(s) rejected:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("All transactions processed.")

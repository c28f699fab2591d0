# Bookkeeping: apply a list of transactions to accounts and report balances.

FEE = 1.5
OVERDRAFT_LIMIT = -100.0


def apply_transaction(balances, history, tx):
    kind, account, amount = tx
    if account not in balances:
        balances[account] = 0.0
        history[account] = []
    if kind == "deposit":
        balances[account] += amount
    elif kind == "withdraw":
        if balances[account] - amount - FEE < OVERDRAFT_LIMIT:
            history[account].append("REJECTED withdraw " + str(amount))
            return False
        balances[account] -= amount + FEE
    elif kind == "interest":
        balances[account] = round(balances[account] * (1 + amount), 2)
    else:
        history[account].append("UNKNOWN " + kind)
        return False
    history[account].append(f"{kind} {amount}")
    return True


def summary(balances):
    positives = [b for b in balances.values() if b > 0]
    negatives = [b for b in balances.values() if b < 0]
    return len(positives), len(negatives), sum(balances.values())


def main():
    transactions = [
        ("deposit", "alice", 100.0),
        ("deposit", "bob", 50.0),
        ("withdraw", "alice", 30.25),
        ("withdraw", "carol", 20.0),
        ("interest", "alice", 0.015),
        ("withdraw", "bob", 200.0),
        ("refund", "bob", 5.0),
        ("deposit", "carol", 0.1),
        ("deposit", "carol", 0.2),
        ("withdraw", "bob", 120.0),
    ]
    balances = {}
    history = {}
    ok = 0
    failed = 0
    for tx in transactions:
        if apply_transaction(balances, history, tx):
            ok += 1
        else:
            failed += 1
    print(f"Applied {ok} transactions, {failed} failed")
    for name, bal in balances.items():
        status = "OVERDRAWN" if bal < 0 else "ok"
        print(f"{name:>6}: {bal:>10.2f} {status}")
    print(balances)
    for name in sorted(history):
        print(name, history[name])
    pos, neg, total = summary(balances)
    print("positive:", pos, "negative:", neg, "net:", round(total, 2))
    richest = max(balances, key=lambda k: balances[k])
    print("Richest:", richest)
    del balances["bob"]
    balances["dave"] = 0.0
    balances["alice"] = 1.0
    print(list(balances.keys()))


if __name__ == "__main__":
    main()

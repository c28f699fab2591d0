class BankError(Exception):
    """Base error."""


class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

    def shortfall(self):
        return self.needed - self.available


class AccountLocked(BankError):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.locked = False
        self.history = []

    def withdraw(self, amount):
        if self.locked:
            raise AccountLocked(f"{self.owner} is locked")
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(-amount)
        return self.balance


acct = Account("ann", 100)
for amount in [30, 50, 40]:
    try:
        left = acct.withdraw(amount)
        print("ok", left)
    except InsufficientFunds as e:
        print("failed:", e, "short by", e.shortfall(), e.needed)
acct.locked = True
try:
    acct.withdraw(1)
except BankError as e:
    print("bank error:", e)
errors = []
for amt in [500, 5]:
    try:
        acct.locked = amt < 100
        acct.withdraw(amt)
    except (InsufficientFunds, AccountLocked) as e:
        errors.append(str(e))
print(errors, acct.history)
raise InsufficientFunds(10, 1)

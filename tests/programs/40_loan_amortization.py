# Monthly loan amortization schedule with an optional extra payment.

PRINCIPAL = 12000.0
ANNUAL_RATE = 0.065
YEARS = 2


def monthly_payment(principal: float, annual_rate: float, months: int) -> float:
    r = annual_rate / 12
    if r == 0:
        return principal / months
    return principal * r / (1 - (1 + r) ** -months)


def schedule(principal: float, annual_rate: float, months: int, extra: float = 0.0) -> list[tuple[int, float, float, float]]:
    payment = monthly_payment(principal, annual_rate, months)
    balance = principal
    rows = []
    month = 0
    while balance > 0.005 and month < months:
        month += 1
        interest = balance * annual_rate / 12
        paid = min(payment + extra, balance + interest)
        balance = balance + interest - paid
        rows.append((month, paid, interest, max(balance, 0.0)))
    return rows


def main() -> None:
    months = YEARS * 12
    payment = monthly_payment(PRINCIPAL, ANNUAL_RATE, months)
    print(f"Loan {PRINCIPAL:,.2f} at {ANNUAL_RATE:.2%} over {months} months")
    print(f"Monthly payment: {payment:.2f}")
    rows = schedule(PRINCIPAL, ANNUAL_RATE, months)
    print(f"{'month':>5} {'payment':>9} {'interest':>9} {'balance':>10}")
    for month, paid, interest, balance in rows:
        if month <= 3 or month > months - 3 or month % 6 == 0:
            print(f"{month:>5} {paid:>9.2f} {interest:>9.2f} {balance:>10.2f}")
    total_interest = sum(r[2] for r in rows)
    print(f"Total interest: {total_interest:.2f}")
    fast = schedule(PRINCIPAL, ANNUAL_RATE, months, extra=250.0)
    fast_interest = sum(r[2] for r in fast)
    print(f"With 250 extra: {len(fast)} months, interest {fast_interest:.2f}, saved {total_interest - fast_interest:.2f}")
    print("Last payment with extra:", round(fast[-1][1], 2))
    for rate in [0.0, 0.03, 0.065, 0.1]:
        p = monthly_payment(PRINCIPAL, rate, months)
        print(f"rate {rate:>5.1%}: payment {p:>8.2f} total {p * months:>10,.2f}")
    print(round(payment, 4), round(payment), round(payment * 100) / 100)


if __name__ == "__main__":
    main()

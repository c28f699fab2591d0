# Simple and compound interest, savings goals and a loan payment table.


def simple_interest(principal, rate, years):
    return principal * rate * years


def compound_amount(principal, rate, years, periods_per_year=1):
    return principal * (1 + rate / periods_per_year) ** (periods_per_year * years)


def monthly_payment(principal, annual_rate, months):
    r = annual_rate / 12
    if r == 0:
        return principal / months
    return principal * r / (1 - (1 + r) ** -months)


def years_to_double(rate):
    balance = 1.0
    years = 0
    while balance < 2.0:
        balance *= 1 + rate
        years += 1
    return years


principal = 10000.0
rate = 0.05
print(f"Principal: ${principal:,.2f} at {rate:.1%}")
print(f"{'Year':>4} {'Simple':>12} {'Annual':>12} {'Monthly':>12} {'Daily':>12}")
for year in [1, 2, 5, 10, 20, 30]:
    simple = principal + simple_interest(principal, rate, year)
    annual = compound_amount(principal, rate, year)
    monthly = compound_amount(principal, rate, year, 12)
    daily = compound_amount(principal, rate, year, 365)
    print(f"{year:>4} {simple:>12,.2f} {annual:>12,.2f} {monthly:>12,.2f} {daily:>12,.2f}")

print()
print("Rule of 72 vs actual doubling time:")
for r in [0.02, 0.04, 0.06, 0.08, 0.12]:
    estimate = 72 / (r * 100)
    print(f"  {r:.0%}: rule says {estimate:5.1f} years, actual {years_to_double(r)} years")

print()
goal = 50000.0
deposit = 400.0
monthly_rate = 0.06 / 12
balance = 0.0
months = 0
while balance < goal:
    balance = balance * (1 + monthly_rate) + deposit
    months += 1
years, rem = divmod(months, 12)
print(f"Saving ${deposit:.0f}/month at 6% reaches ${goal:,.0f} in {years} years {rem} months")
print(f"Final balance: ${balance:,.2f}, deposited ${deposit * months:,.2f}")
print("Interest earned:", round(balance - deposit * months, 2))

print()
loan = 25000.0
payment = monthly_payment(loan, 0.069, 60)
print(f"Car loan ${loan:,.0f} over 60 months at 6.9%: payment ${payment:.2f}")
remaining = loan
total_interest = 0.0
print(f"{'Month':>5} {'Interest':>10} {'Principal':>10} {'Balance':>12}")
for month in range(1, 61):
    interest = remaining * 0.069 / 12
    toward = payment - interest
    remaining -= toward
    total_interest += interest
    if month <= 3 or month % 12 == 0:
        print(f"{month:>5} {interest:>10.2f} {toward:>10.2f} {abs(remaining):>12,.2f}")
print(f"Total interest paid: ${total_interest:,.2f}")
print("Zero-rate payment:", monthly_payment(1200.0, 0.0, 12))
print("Rounded values:", round(payment, 2), round(total_interest), round(2.675, 2), round(0.125, 2))

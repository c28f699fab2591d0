# Weekly payroll with overtime, tax brackets and a department summary.

employees = [
    ("E01", "Grace Hopper", "Engineering", 52.0, [8.0, 9.5, 10.0, 8.0, 7.5]),
    ("E02", "Alan Turing", "Engineering", 48.5, [8.0, 8.0, 8.0, 8.0, 8.0]),
    ("E03", "Ada Lovelace", "Research", 45.0, [10.0, 10.0, 10.0, 9.0, 6.0]),
    ("E04", "Linus Pauling", "Research", 39.75, [4.0, 4.0, 4.0, 4.0, 0.0]),
    ("E05", "Katherine Johnson", "Operations", 31.2, [12.0, 11.0, 9.0, 8.0, 8.0]),
    ("E06", "John Nash", "Operations", 28.0, [0.0, 0.0, 0.0, 0.0, 0.0]),
]

BRACKETS = [(500.0, 0.10), (1500.0, 0.20), (3000.0, 0.30)]
TOP_RATE = 0.37
OVERTIME_AFTER = 40.0


def gross_pay(rate, hours):
    total_hours = sum(hours)
    regular = min(total_hours, OVERTIME_AFTER)
    overtime = max(total_hours - OVERTIME_AFTER, 0.0)
    return regular * rate + overtime * rate * 1.5, total_hours, overtime


def income_tax(gross):
    tax = 0.0
    lower = 0.0
    for upper, rate in BRACKETS:
        if gross > lower:
            taxed = min(gross, upper) - lower
            tax += taxed * rate
        lower = upper
    if gross > lower:
        tax += (gross - lower) * TOP_RATE
    return tax


def initials(name):
    return "".join(part[0] for part in name.split()).upper()


def main():
    print(f"{'ID':<4}{'Name':<19}{'Hours':>6}{'OT':>6}{'Gross':>10}{'Tax':>9}{'Net':>10}")
    print("-" * 64)
    dept_totals = {}
    dept_heads = {}
    payroll = 0.0
    nets = []
    for eid, name, dept, rate, hours in employees:
        gross, total_hours, overtime = gross_pay(rate, hours)
        tax = income_tax(gross)
        net = gross - tax
        payroll += gross
        nets.append((round(net, 2), name))
        dept_totals[dept] = dept_totals.get(dept, 0.0) + gross
        dept_heads[dept] = dept_heads.get(dept, 0) + 1
        print(f"{eid:<4}{name:<19}{total_hours:>6.1f}{overtime:>6.1f}{gross:>10,.2f}{tax:>9,.2f}{net:>10,.2f}")
    print("-" * 64)
    print(f"{'Total gross payroll':<35}{payroll:>10,.2f}")

    print()
    print("By department:")
    for dept in sorted(dept_totals):
        share = dept_totals[dept] / payroll
        avg = dept_totals[dept] / dept_heads[dept]
        print(f"  {dept:<12} staff={dept_heads[dept]} total={dept_totals[dept]:>10,.2f} avg={avg:>9,.2f} share={share:.1%}")

    print()
    nets.sort(reverse=True)
    print("Highest net:", nets[0])
    print("Lowest net:", nets[-1])
    idle = [initials(name) for _, name, _, _, hours in employees if sum(hours) == 0]
    print("No hours logged:", idle)
    overtime_workers = [initials(e[1]) for e in employees if sum(e[4]) > OVERTIME_AFTER]
    print("Worked overtime:", overtime_workers)
    print("Tax examples:", [round(income_tax(g), 2) for g in [400.0, 500.0, 1200.0, 2999.99, 5000.0]])
    longest_day = max((max(e[4]), e[1]) for e in employees)
    print(f"Longest single day: {longest_day[0]} hours by {longest_day[1]}")
    print("Pay stub IDs:", ", ".join("{}-{}".format(e[0], initials(e[1])) for e in employees))


if __name__ == "__main__":
    main()

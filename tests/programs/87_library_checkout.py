# Library checkout desk: loans, returns, refusals and overdue fines.

LOAN_DAYS = 14
FINE_PER_DAY = 0.25
MAX_LOANS = 3

CATALOG = [
    ("B101", "Dune", 2),
    ("B102", "Emma", 1),
    ("B103", "Ulysses", 1),
    ("B104", "Beloved", 3),
    ("B105", "Hamlet", 2),
]

EVENTS = """
1 checkout ann B101
1 checkout ben B102
2 checkout cat B102
3 checkout ann B103
3 checkout ann B104
4 checkout ann B105
9 return ben B102
9 checkout cat B102
12 checkout dan B999
20 return ann B101
25 return ann B103
30 return cat B102
31 return dan B104
33 checkout ben B101
35 checkout dan B104
"""


def find_title(code):
    for c, title, _ in CATALOG:
        if c == code:
            return title
    return None


def fine_for(days_out):
    late = days_out - LOAN_DAYS
    if late <= 0:
        return 0.0
    return round(late * FINE_PER_DAY, 2)


def checkout(day, member, code, available, loans):
    title = find_title(code)
    if title is None:
        return f"unknown book {code}"
    if len(loans.get(member, {})) >= MAX_LOANS:
        return f"{member} already has {MAX_LOANS} loans"
    if available[code] == 0:
        return f"{title} is not available"
    available[code] -= 1
    loans.setdefault(member, {})[code] = day
    return ""


def give_back(day, member, code, available, loans, fines):
    member_loans = loans.get(member)
    if member_loans is None or code not in member_loans:
        return f"{member} does not have {code}"
    start = member_loans.pop(code)
    available[code] += 1
    fine = fine_for(day - start)
    if fine > 0:
        fines[member] = fines.get(member, 0.0) + fine
    return ""


def main():
    available = {code: copies for code, _, copies in CATALOG}
    loans = {}
    fines = {}
    log = []
    for line in EVENTS.strip().splitlines():
        parts = line.split()
        day = int(parts[0])
        action, member, code = parts[1], parts[2], parts[3]
        if action == "checkout":
            error = checkout(day, member, code, available, loans)
        else:
            error = give_back(day, member, code, available, loans, fines)
        status = "ok" if not error else "REFUSED: " + error
        log.append((day, action, member, status))
    for day, action, member, status in log:
        print(f"day {day:>2} {action:<8} {member:<4} {status}")
    refused = sum(1 for entry in log if entry[3] != "ok")
    print(f"{refused} of {len(log)} requests refused")

    print("\nShelf status:")
    for code, title, copies in CATALOG:
        out = copies - available[code]
        bar = "#" * available[code] + "." * out
        print(f"  {code} {title:<8} {available[code]}/{copies} [{bar}]")

    today = 40
    print(f"\nOutstanding loans (as of day {today}):")
    for member in sorted(loans):
        held = loans[member]
        if not held:
            print(f"  {member}: nothing")
            continue
        for code in sorted(held):
            days = today - held[code]
            print(f"  {member}: {find_title(code)} for {days} days, fine so far ${fine_for(days):.2f}")

    print("\nFines paid on return:")
    total = 0.0
    for member, amount in sorted(fines.items(), key=lambda t: (-t[1], t[0])):
        total += amount
        print(f"  {member:<4} owes ${amount:>6.2f}")
    print(f"Total fines collected: ${total:.2f}")
    busiest = max(loans, key=lambda m: len(loans[m]))
    print("Most loans right now:", busiest, len(loans[busiest]))
    print("Loans dict:", loans)


if __name__ == "__main__":
    main()

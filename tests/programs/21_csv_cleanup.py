# Clean up a messy CSV export of customer records.

RAW = """id, name ,email,  age,city
1,  alice SMITH ,Alice@Example.COM,34,  new york
2,Bob jones,bob@example,  ,Boston
3,  ,carol@example.org,29,chicago
4,dave o'brien,DAVE@EXAMPLE.ORG,-3,
5,Eve   Adams,eve@example.net,41,san francisco
6,frank,frank@example.com,abc,Denver
7,  alice smith,alice@example.com,34,New York
"""


def clean_name(name):
    parts = name.split()
    return " ".join(p.capitalize() for p in parts)


def clean_email(email):
    email = email.strip().lower()
    user, at, domain = email.partition("@")
    if not at or "." not in domain or not user:
        return None
    return email


def clean_age(text):
    text = text.strip()
    if not text.isdigit():
        return None
    age = int(text)
    if 0 < age < 120:
        return age
    return None


def main():
    lines = RAW.strip().splitlines()
    header = [h.strip() for h in lines[0].split(",")]
    print("Columns:", header)
    good = []
    rejected = []
    seen_emails = set()
    for line in lines[1:]:
        fields = line.split(",")
        row = dict(zip(header, fields))
        name = clean_name(row["name"])
        email = clean_email(row["email"])
        age = clean_age(row["age"])
        city = row["city"].strip().title()
        problems = []
        if not name:
            problems.append("no name")
        if email is None:
            problems.append("bad email")
        elif email in seen_emails:
            problems.append("duplicate")
        if age is None:
            problems.append("bad age")
        if problems or email is None or age is None:
            rejected.append((row["id"], ", ".join(problems)))
            continue
        seen_emails.add(email)
        good.append((int(row["id"]), name, email, age, city or "Unknown"))
    print(f"{len(good)} clean rows, {len(rejected)} rejected")
    for rid, full_name, addr, years, town in good:
        print(f"{rid:03d} | {full_name:<14} | {addr:<20} | {years:>3} | {town}")
    for rid, reason in rejected:
        print(f"rejected id={rid}: {reason}")
    print(good[0])
    ages = [g[3] for g in good]
    print("mean age:", sum(ages) / len(ages))
    domains = sorted({g[2].split("@")[1] for g in good})
    print("domains:", domains)
    out = [",".join([str(g[0]), g[1], g[2], str(g[3]), g[4]]) for g in good]
    print("\n".join(out))


if __name__ == "__main__":
    main()

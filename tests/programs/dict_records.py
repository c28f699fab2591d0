"""Records kept in dicts whose values differ in type: built by a function and by displays,
read and updated by constant keys, sorted and grouped, printed as dicts, copied."""

STAFF = """\
ann,engineering,31,3
bob,sales,25,1
cy,engineering,40,7
dee,support,29,2
eve,sales,35,4"""


def parse(line, number):
    name, team, age, years = line.split(",")
    return {"id": number, "name": name.title(), "team": team, "age": int(age),
            "years": int(years), "skills": []}


def describe(person):
    senior = "senior" if person["years"] >= 4 else "junior"
    return f"#{person['id']:02d} {person['name']:<4} {person['team']:<12} {senior}"


people = [parse(line, n) for n, line in enumerate(STAFF.splitlines(), 1)]
people.append({"id": 6, "name": "Fay", "team": "support", "age": 52, "years": 20,
               "skills": ["triage"]})
for p in people:
    print(describe(p))

people[1]["years"] += 1
people[1]["skills"].append("negotiation")
people[0]["skills"] += ["rust", "python"]
people[3]["team"] = "engineering"
print(people[1])
print(people[0]["skills"], len(people[0]), "age" in people[0], "email" in people[0])

by_age = sorted(people, key=lambda r: (r["team"], -r["age"]))
print([(r["team"], r["name"]) for r in by_age])
oldest = max(people, key=lambda r: r["age"])
print(oldest["name"], oldest.get("years"), oldest.get("email", "n/a"))

teams = {}
for p in people:
    teams.setdefault(p["team"], []).append(p["name"])
print(teams)
payroll = {p["name"]: 1000 + 150 * p["years"] for p in people}
print(payroll, sum(payroll.values()))

copy = oldest.copy()
copy["age"] = 18
copy["skills"].append("shared list")
print(oldest == copy, oldest["age"], copy["age"], oldest["skills"])
same = {"id": 6, "name": "Fay", "team": "support", "age": 52, "years": 20,
        "skills": ["triage", "shared list"]}
print(same == oldest, list(same), [k.upper() for k in same if k != "skills"])
print(f"average age {sum(p['age'] for p in people) / len(people):.2f}")

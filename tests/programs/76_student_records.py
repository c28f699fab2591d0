# Student records as a list of tuples; filtering, sorting and grouping.

students = [
    ("S001", "Emma", "Math", 3, 91.5),
    ("S002", "Noah", "Biology", 2, 78.0),
    ("S003", "Olivia", "Math", 4, 85.25),
    ("S004", "Liam", "History", 1, 66.5),
    ("S005", "Ava", "Biology", 3, 94.0),
    ("S006", "Mason", "Math", 2, 72.75),
    ("S007", "Sophia", "History", 4, 88.0),
    ("S008", "Lucas", "Physics", 3, 59.5),
    ("S009", "Mia", "Physics", 1, 97.25),
    ("S010", "Ethan", "History", 2, 81.0),
]


def honor_roll(records, cutoff=85.0):
    return [name for _, name, _, _, gpa in records if gpa >= cutoff]


def by_major(records):
    groups = {}
    for sid, name, major, year, score in records:
        groups.setdefault(major, []).append(score)
    return groups


def find(records, sid):
    for rec in records:
        if rec[0] == sid:
            return rec
    return None


def main():
    print(f"{'ID':<6}{'Name':<8}{'Major':<9}{'Year':>4}{'Score':>8}")
    for sid, name, major, year, score in students:
        print(f"{sid:<6}{name:<8}{major:<9}{year:>4}{score:>8.2f}")

    print()
    print("Honor roll:", honor_roll(students))
    print("Strict honor roll:", honor_roll(students, cutoff=93.0))

    print()
    print("Average by major:")
    groups = by_major(students)
    for major in sorted(groups):
        scores = groups[major]
        avg = sum(scores) / len(scores)
        print(f"  {major:<8} n={len(scores)} avg={avg:6.2f} best={max(scores)}")

    print()
    print("Ranking:")
    ranked = sorted(students, key=lambda r: r[4], reverse=True)
    for pos, rec in enumerate(ranked, 1):
        medal = {1: "gold", 2: "silver", 3: "bronze"}.get(pos, "")
        print(f"  {pos:>2}. {rec[1]:<8}{rec[4]:>6.2f} {medal}")

    print()
    by_year = {}
    for rec in students:
        by_year.setdefault(rec[3], []).append(rec[1])
    for year in sorted(by_year):
        print(f"  year {year}: {', '.join(sorted(by_year[year]))}")

    print()
    for sid in ["S005", "S011"]:
        rec = find(students, sid)
        if rec is None:
            print(f"{sid}: not found")
        else:
            sid2, name, major, year, score = rec
            print(f"{sid2}: {name} studies {major}, year {year}, score {score}")

    failing = [(r[1], r[4]) for r in students if r[4] < 70]
    print("Failing:", failing)
    names_upper = [r[1].upper() for r in students if r[2] == "Math"]
    print("Math students:", names_upper)
    oldest_first = sorted(students, key=lambda r: (-r[3], r[1]))
    print("Seniors first:", [r[1] for r in oldest_first[:4]])
    total_years = sum(r[3] for r in students)
    print(f"Average year: {total_years / len(students):.1f}")
    majors = sorted({r[2] for r in students})
    print("Majors offered:", majors, len(majors))


if __name__ == "__main__":
    main()

# Course gradebook: weighted averages, letter grades and rankings.

WEIGHTS = {"homework": 0.3, "midterm": 0.3, "final": 0.4}

STUDENTS = {
    "Alice": {"homework": 92.0, "midterm": 88.0, "final": 95.0},
    "Bob": {"homework": 75.0, "midterm": 64.0, "final": 70.0},
    "Chen": {"homework": 88.0, "midterm": 91.0, "final": 85.0},
    "Dana": {"homework": 60.0, "midterm": 58.0, "final": 49.5},
    "Eve": {"homework": 88.0, "midterm": 91.0, "final": 85.0},
    "Farid": {"homework": 99.5, "midterm": 97.0, "final": 100.0},
}


def weighted(scores):
    total = 0.0
    for part, w in WEIGHTS.items():
        total += scores[part] * w
    return total


def letter(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    return "F"


def median(values):
    ordered = sorted(values)
    n = len(ordered)
    mid = n // 2
    if n % 2 == 1:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def main():
    results = {}
    for name, scores in STUDENTS.items():
        results[name] = weighted(scores)
    print(f"{'Name':<8}{'Score':>8}  Grade")
    for name, score in results.items():
        print(f"{name:<8}{score:>8.2f}  {letter(score)}")
    ranking = sorted(results, key=lambda n: results[n], reverse=True)
    print("Ranking:", ranking)
    for pos, name in enumerate(ranking, start=1):
        print(f"#{pos} {name} ({round(results[name], 1)})")
    distribution = {}
    for score in results.values():
        g = letter(score)
        distribution[g] = distribution.get(g, 0) + 1
    print("Distribution:", dict(sorted(distribution.items())))
    print("Median:", median(list(results.values())))
    print("Mean:", round(sum(results.values()) / len(results), 3))
    best_final = max(STUDENTS, key=lambda n: STUDENTS[n]["final"])
    worst_mid = min(STUDENTS, key=lambda n: STUDENTS[n]["midterm"])
    print("Best final:", best_final, "Worst midterm:", worst_mid)
    tie = max(["Chen", "Eve"], key=lambda n: results[n])
    print("Tie goes to first:", tie)
    passing = all(s >= 50 for s in results.values())
    honours = any(s > 99 for s in results.values())
    print("Everyone passing?", passing, "Any honours?", honours)
    STUDENTS["Bob"]["final"] = 82.0
    print("Bob revised:", round(weighted(STUDENTS["Bob"]), 2), STUDENTS["Bob"])


if __name__ == "__main__":
    main()

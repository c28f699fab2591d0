# Course enrollment analysis with set algebra. Student ids are ints;
# sets of names are always printed through sorted().

ENROLLMENT = {
    "algebra": {101, 102, 103, 105, 108},
    "biology": {102, 104, 105, 106},
    "chemistry": {101, 104, 105, 107, 108, 109},
    "drama": {110},
}

NAMES = {
    101: "Ada", 102: "Blaise", 103: "Carl", 104: "Dorothy", 105: "Emmy",
    106: "Fritz", 107: "Grace", 108: "Hedy", 109: "Isaac", 110: "Jean", 111: "Kurt",
}


def names_of(ids):
    return sorted(NAMES[i] for i in ids)


def course_load(enrollment):
    load = {}
    for course, students in enrollment.items():
        for s in students:
            load[s] = load.get(s, 0) + 1
    return load


def main():
    a = ENROLLMENT["algebra"]
    b = ENROLLMENT["biology"]
    c = ENROLLMENT["chemistry"]
    print("algebra & biology:", sorted(a & b), names_of(a & b))
    print("algebra | biology:", sorted(a | b))
    print("algebra - chemistry:", sorted(a - c))
    print("chemistry - algebra:", sorted(c.difference(a)))
    print("in exactly one of a, c:", sorted((a - c) | (c - a)))
    print("all three:", sorted(a.intersection(b).intersection(c)))
    print("any science:", sorted(b.union(c)))
    everyone = set()
    for students in ENROLLMENT.values():
        everyone |= students
    print("enrolled:", len(everyone), "not enrolled:", names_of(set(NAMES) - everyone))
    load = course_load(ENROLLMENT)
    busiest = max(load, key=lambda s: (load[s], -s))
    print("Busiest student:", NAMES[busiest], load[busiest], "courses")
    by_load = {}
    for s, n in sorted(load.items()):
        by_load.setdefault(n, []).append(NAMES[s])
    print("By load:", by_load)
    drama = ENROLLMENT["drama"]
    drama.add(103)
    drama.add(110)
    drama.discard(999)
    drama.remove(110)
    print("drama now:", sorted(drama), len(drama), 103 in drama, 110 in drama)
    print("disjoint drama/biology:", not (drama & b), len(drama & b) == 0)
    print("subset:", all(x in a for x in {105, 108}), len({105, 108} - c) == 0)
    pairs = {(min(x, y), max(x, y)) for x in a for y in b if x != y and x in c}
    print("pairs:", sorted(pairs)[:6], len(pairs))
    sizes = {course: len(s) for course, s in ENROLLMENT.items()}
    print(sizes)
    letters = {NAMES[s][0] for s in everyone}
    print("Initials:", "".join(sorted(letters)))


if __name__ == "__main__":
    main()

# Sorting records by several keys, nested width specs, empty tuples, dict/set comprehensions.
people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cy", 31, 5.9)]
width = max(len(p[0]) for p in people) + 2
for name, age, h in sorted(people, key=lambda p: (-p[1], p[0])):
    print(f"{name:<{width}}|{age:^5}|{h:>6.2f}|{name!r:>8}")
top = sorted(people, key=lambda p: p[2], reverse=True)[:2]
print([p[0] for p in top], (), tuple(), len(()))
ages = {name: age for name, age, _ in people if age > 26}
print(ages, {a for _, a, _ in people})

# Track user sessions in a dict and show how insertion order evolves.

EVENTS = [
    ("login", "mia"),
    ("login", "noah"),
    ("login", "olga"),
    ("click", "noah"),
    ("logout", "mia"),
    ("login", "pete"),
    ("click", "olga"),
    ("login", "mia"),
    ("click", "mia"),
    ("click", "mia"),
    ("logout", "noah"),
    ("click", "zed"),
    ("login", "noah"),
]


def process(events):
    active = {}
    clicks = {}
    log = []
    for step, (kind, user) in enumerate(events):
        if kind == "login":
            if user in active:
                log.append(f"{step}: {user} already logged in")
            active[user] = step
        elif kind == "logout":
            started = active.pop(user, -1)
            log.append(f"{step}: {user} logged out after {step - started} steps")
        elif kind == "click":
            if user not in active:
                log.append(f"{step}: click from unknown user {user}")
                continue
            clicks[user] = clicks.get(user, 0) + 1
        print(f"after {step:>2} {kind:<6} {user:<5} active={list(active)}")
    return active, clicks, log


def main():
    active, clicks, log = process(EVENTS)
    print("Active:", active)
    print("Clicks:", clicks)
    for line in log:
        print(" ", line)
    merged = {"zed": 0, "mia": -1}
    merged.update(clicks)
    print("merged:", merged)
    clicks["olga"] = 10
    del clicks["noah"]
    clicks["noah"] = 1
    print("re-inserted:", clicks)
    print("keys:", list(clicks.keys()), "values:", list(clicks.values()))
    print("items:", list(clicks.items()))
    print("popped:", clicks.pop("mia"), clicks.pop("nobody", 0), clicks)
    counts = {"a": 0, "b": 0}
    counts["c"] = counts.setdefault("a", 5) + 1
    counts.setdefault("d", 7)
    print(counts)
    nested = {"ops": {"read": 1}, "dev": {}}
    nested["dev"]["write"] = 2
    nested.setdefault("qa", {})["read"] = 3
    print(nested, len(nested), "qa" in nested, "read" in nested["ops"])


if __name__ == "__main__":
    main()

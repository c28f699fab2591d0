"""Records as dicts with values of several types, a config parser returning int, float,
bool or str, and a value that starts as a sentinel string."""


def convert(raw):
    text = raw.strip()
    if text.lower() in ("true", "yes", "on"):
        return True
    if text.lower() in ("false", "no", "off"):
        return False
    if text.lstrip("-").isdigit():
        return int(text)
    try:
        return float(text)
    except ValueError:
        return text


def parse_config(lines):
    config = {}
    for number, line in enumerate(lines, 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if "=" not in line:
            print(f"line {number}: missing '=' in {line!r}")
            continue
        key, value = line.split("=", 1)
        config[key.strip()] = convert(value)
    return config


def describe(value):
    if isinstance(value, bool):
        return "flag"
    if isinstance(value, int):
        return "count" if value >= 0 else "negative"
    if isinstance(value, float):
        return "ratio"
    return "text"


CONFIG = """
name = build server
workers = 8
timeout = 2.5
verbose = yes
retries = -1
ratio = 1e-3
mode = fast   # comment
broken line
"""

config = parse_config(CONFIG.splitlines())
for key in sorted(config):
    value = config[key]
    print(f"{key:<8} = {value!r:<16} {describe(value)}")
print("config:", config)
print("workers doubled:", config["workers"] * 2)
print("timeout plus one:", config["timeout"] + 1)
print("name upper:", config["name"].upper())
print("mode in (fast, slow):", config["mode"] in ("fast", "slow"))

people = [
    {"name": "Ann", "age": 34, "score": 91.5},
    {"name": "Bob", "age": 27, "score": 78.0},
    {"name": "Cy", "age": 41, "score": 85.25},
]
for person in people:
    person["senior"] = person["age"] >= 40
print(people[0])
oldest = max(people, key=lambda p: p["age"])
print("oldest:", oldest["name"], oldest["age"])
total = sum(p["score"] for p in people)
print(f"mean score: {total / len(people):.2f}")
by_name = sorted(people, key=lambda p: p["name"], reverse=True)
print("by name:", [p["name"] for p in by_name])
print("ages:", [p["age"] + 1 for p in people])


def find(items, target):
    position = "missing"
    for i, item in enumerate(items):
        if item == target:
            position = i
            break
    return position


names = ["x", "y", "z"]
print("find y:", find(names, "y"), "find q:", find(names, "q"))
cells = [1, "two", 3.0, None, True]
print("cells:", cells, "len:", len(cells))
print("strs:", [str(c) for c in cells])
print("truthy:", [bool(c) for c in cells])
try:
    print(config["name"] + 1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    print(config["workers"] < "9")
except TypeError as exc:
    print("TypeError:", exc)

# Log processing with generator pipelines: lazy stages, infinite sources, tree walks.

LOG = """\
2024-05-01 10:00:01 INFO  api    request /users 200 12ms
2024-05-01 10:00:02 WARN  db     slow query 850ms
2024-05-01 10:00:02 INFO  api    request /orders 200 40ms
2024-05-01 10:00:03 ERROR api    request /orders 500 3ms
2024-05-01 10:00:05 INFO  worker job 17 done 1200ms
2024-05-01 10:00:07 ERROR db     connection reset 0ms
2024-05-01 10:00:09 INFO  api    request /users 200 9ms
"""


def read_lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(lines):
    for line in lines:
        date, time, level, source, rest = line.split(None, 4)
        millis = int(rest.rsplit(" ", 1)[1].removesuffix("ms"))
        yield (time, level, source, millis)


def only(records, level):
    for record in records:
        if record[1] == level:
            yield record


def ids(prefix):
    n = 0
    while True:
        n += 1
        yield f"{prefix}-{n:03d}"


def moving_average(values, width):
    window = []
    for v in values:
        window.append(v)
        if len(window) > width:
            window.pop(0)
        yield round(sum(window) / len(window), 1)


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(iterable, n):
    out = []
    for item in iterable:
        if len(out) == n:
            break
        out.append(item)
    return out


class Directory:
    def __init__(self, name, files, subdirs):
        self.name = name
        self.files = files
        self.subdirs = subdirs

    def paths(self, prefix=""):
        here = prefix + self.name + "/"
        for f in self.files:
            yield here + f
        for d in self.subdirs:
            yield from d.paths(here)

    def __iter__(self):
        return self.paths()


def traced(items):
    for item in items:
        print(f"    [produce {item}]")
        yield item


records = list(parse(read_lines(LOG)))
print(len(records), "records; first:", records[0])
errors = only(parse(read_lines(LOG)), "ERROR")
tickets = ids("INC")
for time, level, source, millis in errors:
    print(next(tickets), time, source, f"{millis}ms")
print("next ticket would be", next(tickets))
latencies = [r[3] for r in records]
print("moving average:", list(moving_average(latencies, 3)))
print("slowest api:", max(r[3] for r in only(records, "INFO") if r[2] == "api"))
print("fib:", take(fibonacci(), 12), "| first fib over 1000:", next(f for f in fibonacci() if f > 1000))
tree = Directory("root", ["a.txt"], [Directory("src", ["main.py", "util.py"], [Directory("pkg", ["x.py"], [])]), Directory("docs", [], [])])
print(list(tree))
print(sum(1 for p in tree.paths() if p.endswith(".py")), "python files")
print("interleaving:")
for word in traced(["alpha", "beta"]):
    print(f"    consume {word.upper()}")
gen = fibonacci()
print([next(gen) for _ in range(5)], next(gen, -1))
empty = only(records, "DEBUG")
first_debug = next(empty, None)
if first_debug is None:
    print("no debug lines")

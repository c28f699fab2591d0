# A small kanban board: Enum/IntEnum states, transitions and reports.
from enum import Enum, IntEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = auto()


class Status(Enum):
    TODO = auto()
    DOING = auto()
    REVIEW = auto()
    DONE = auto()

    @property
    def is_open(self):
        return self is not Status.DONE

    def next(self):
        order = list(Status)
        i = order.index(self)
        return order[min(i + 1, len(order) - 1)]


class Color(Enum):
    RED = "#ff0000"
    GREEN = "#00ff00"
    BLUE = "#0000ff"


ALLOWED = {
    Status.TODO: [Status.DOING],
    Status.DOING: [Status.REVIEW, Status.TODO],
    Status.REVIEW: [Status.DONE, Status.DOING],
    Status.DONE: [],
}


class Task:
    def __init__(self, title, priority, estimate):
        self.title = title
        self.priority = priority
        self.estimate = estimate
        self.status = Status.TODO

    def move(self, new_status):
        if new_status not in ALLOWED[self.status]:
            raise ValueError(f"cannot move {self.title!r} from {self.status.name} to {new_status.name}")
        old = self.status
        self.status = new_status
        return f"{self.title}: {old.name} -> {new_status.name}"

    def __repr__(self):
        return f"Task({self.title!r}, {self.priority!r}, {self.status})"


tasks = [
    Task("write spec", Priority.HIGH, 3),
    Task("fix login", Priority.CRITICAL, 5),
    Task("update docs", Priority.LOW, 1),
    Task("refactor db", Priority.MEDIUM, 8),
]

print("priorities:", [p.name for p in Priority], "| values:", [p.value for p in Priority])
print("statuses:", list(Status))
print(repr(Priority.CRITICAL), str(Priority.CRITICAL), f"{Priority.HIGH}", Priority.HIGH + 1)
print(Status.TODO, repr(Status.REVIEW), Status.DONE.value, Status["DOING"], Status(3))
print(Color.RED, Color("#00ff00").name, len(Color), [c.value for c in Color])

for t in sorted(tasks, key=lambda t: (-t.priority, t.title)):
    print(f"  [{t.priority.name:<8}] {t.title:<12} est={t.estimate}")

print(tasks[0].move(Status.DOING))
print(tasks[0].move(Status.REVIEW))
print(tasks[1].move(Status.DOING))
try:
    tasks[2].move(Status.DONE)
except ValueError as e:
    print("refused:", e)
print(tasks[0].move(Status.DONE))

by_status = {}
for t in tasks:
    by_status.setdefault(t.status, []).append(t.title)
for status in Status:
    titles = by_status.get(status, [])
    print(f"{status.name:<6} open={status.is_open!s:<5} next={status.next().name:<6} {titles}")

urgent = [t for t in tasks if t.priority >= Priority.HIGH and t.status.is_open]
print("urgent:", urgent)
print("max priority:", max(t.priority for t in tasks).name, "| sum:", sum(int(t.priority) for t in tasks))
print(Status.DONE is Status.DONE, Status.TODO == Status.DOING, Priority.LOW < Priority.MEDIUM)
try:
    Status(9)
except ValueError as e:
    print("error:", e)
try:
    print(Color["PURPLE"])
except KeyError as e:
    print("missing color:", e)

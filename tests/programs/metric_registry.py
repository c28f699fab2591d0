"""Shape metrics kept in a registry of functions, with a job queue and a small report."""

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


class Shape:
    def __init__(self, name: str, w: float, h: float):
        self.name = name
        self.w = w
        self.h = h
        self.visits = 0

    def touch(self) -> int:
        self.visits += 1
        return self.visits


def area(s):
    return s.w * s.h


def perimeter(s: Shape) -> float:
    return 2 * (s.w + s.h)


Metric = Callable[[Shape], float]
HANDLERS: dict[str, Metric] = {"area": area, "perimeter": perimeter}
VOWELS = frozenset("aeiou")
NO_TAGS: frozenset[str] = frozenset()
INF = 1 << 60


def register(name: str, fn: Metric) -> None:
    if name in HANDLERS:
        raise KeyError(name)
    HANDLERS[name] = fn


@dataclass(order=True)
class Job:
    rank: int = field(init=False, repr=False)
    title: str = field(compare=False)
    cost: int = field(compare=False, default=1)
    tags: list[str] = field(compare=False, default_factory=list)
    tries: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        self.rank = -self.cost * 10 + len(self.title)


class QueueError(Exception):
    def __init__(self, message: str, pos: int) -> None:
        super().__init__(f"{message} at {pos}")
        self.pos = pos


class Empty(QueueError):
    pass


class Full(QueueError):
    pass


def letters(text: str) -> Iterator[str]:
    for ch in text:
        if ch.isalpha():
            yield ch


def drain(queue: deque[Job], limit: int) -> list[str]:
    done: list[str] = []
    while queue:
        job = queue.popleft()
        job.tries += 1
        if len(done) >= limit:
            raise Full("queue over its limit", len(done))
        done.append(f"{job.title}:{job.tries}")
    if not done:
        raise Empty("nothing to drain", 0)
    return done


def main() -> int:
    register("double", lambda s: 2 * HANDLERS["area"](s))
    register("aspect", lambda s: s.w / s.h)
    try:
        register("area", lambda s: 0.0)
    except KeyError as e:
        print("already registered:", e.args[0], e)
    shapes = [Shape("slab", 4.0, 0.5), Shape("square", 2.0, 2.0), Shape("tile", 1.0, 1.5)]
    for name in sorted(HANDLERS):
        values = [f"{HANDLERS[name](s):.2f}" for s in shapes]
        print(f"{name:<10}", values)
    print("by area:", [s.name for s in sorted(shapes, key=HANDLERS["area"])])
    # a field read and a call that updates the same object, in one statement
    for s in shapes:
        print(f"{s.name} visited {s.visits} -> {s.touch()} -> {s.touch()}", s.visits)
    jobs = [Job("index", 3), Job("ship", 1, ["fast"]), Job("audit", 3), Job("zip")]
    print(sorted(jobs))
    print(Job("a", 2) == Job("b", 2), Job("a", 2) < Job("abc", 2))
    queue: deque[Job] = deque(sorted(jobs))
    for limit in (10, 2, 5, 5):
        if limit == 2:
            queue.extend(jobs)
        try:
            print("drained", drain(queue, limit))
        except (Empty, Full) as e:
            print(f"{type(e).__name__}: {e}; pos={e.pos}", "^".rjust(e.pos + 1))
    for d in [3, INF, 12]:
        print(f"d={'inf' if d == INF else d:>5}", "inf" if d == INF else d)
    word = "Queueing theory"
    print(list(letters(word))[:5], sum(1 for c in letters(word) if c in VOWELS))
    print(VOWELS == frozenset("uoiea"), NO_TAGS, frozenset([7]), sorted(VOWELS))
    return 3


if __name__ == "__main__":
    raise SystemExit(main())

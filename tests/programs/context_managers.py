class Timer:
    def __init__(self, name):
        self.name = name
        self.events = []

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print(f"exit {self.name} with {exc_type.__name__}: {exc}")
        else:
            print(f"exit {self.name} cleanly")
        return False


class Suppress:
    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None


with Timer("outer") as t:
    t.events.append("work")
    print("inside", t.name, t.events)
try:
    with Timer("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with Suppress():
    print("before")
    raise KeyError("hidden")
print("after suppress")
with Timer("a") as a, Timer("b") as b:
    print(a.name + b.name)

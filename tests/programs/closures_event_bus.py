# Callbacks, closures and higher-order functions: an event bus and a pricing pipeline.


def make_counter(start):
    count = start

    def bump(step):
        nonlocal count
        count += step
        return count

    return bump


def make_discount(percent):
    return lambda price: round(price * (100 - percent) / 100, 2)


def pipeline(steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value

    return run


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def subscribe(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)

    def publish(self, event, payload):
        delivered = 0
        for handler in self.handlers.get(event, []):
            self.log.append(handler(payload))
            delivered += 1
        return delivered


def memoize_fib():
    cache = {0: 0, 1: 1}
    calls = [0]

    def fib(n):
        calls[0] += 1
        if n in cache:
            return cache[n]
        value = fib(n - 1) + fib(n - 2)
        cache[n] = value
        return value

    return fib, calls


counter = make_counter(100)
print(counter(1), counter(1), counter(10))
other = make_counter(0)
print(other(5), counter(0))

ten_off = make_discount(10)
half = make_discount(50)
checkout = pipeline([ten_off, half, lambda p: p + 4.99])
print(ten_off(80.0), half(19.99), checkout(120.0))
print(apply_n(lambda v: v * 2, 10, 1), apply_n(ten_off, 3, 100.0))

bus = EventBus()
totals = {"orders": 0}


def on_order(amount):
    totals["orders"] += amount
    return f"order of {amount}"


bus.subscribe("order", on_order)
bus.subscribe("order", lambda amount: f"audit {amount * 2}")
threshold = 50
bus.subscribe("order", lambda amount: "big order!" if amount > threshold else "small order")
print(bus.publish("order", 30), bus.publish("order", 75), bus.publish("refund", 5))
print(bus.log)
print(totals)

fib, calls = memoize_fib()
print(fib(50), calls[0])
print(fib(60), calls[0])

shouts = []
for word in ["alpha", "beta", "gamma"]:
    shouts.append(lambda: word.upper())
print([s() for s in shouts])

scale = 3
def scaled(values):
    return list(map(lambda v: v * scale, values))
print(scaled([1, 2, 3]))
scale = 10
print(scaled([1, 2, 3]))
by_length = sorted(["kiwi", "fig", "banana", "apple"], key=lambda w: (len(w), w))
print(by_length, list(filter(lambda w: "a" in w, by_length)))

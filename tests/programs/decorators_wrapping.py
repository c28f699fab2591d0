"""Decorators written in the program: logging, counting, retrying, repeating, validating."""

import functools


def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result

    return wrapper


def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results

        return wrapper

    return decorator


def retry(attempts, exceptions=(ValueError,)):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    print(f"  attempt {attempt} of {func.__name__} failed: {exc}")
            raise RuntimeError(f"{func.__name__} gave up after {attempts} attempts")

        return wrapper

    return decorator


def tally(func):
    total = 0

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal total
        result = func(*args, **kwargs)
        total += result
        print(f"  running total of {func.__name__}: {total}")
        return result

    return wrapper


def positive(func):
    @functools.wraps(func)
    def wrapper(x):
        if x < 0:
            raise ValueError(f"{func.__name__} needs x >= 0, got {x}")
        return func(x)

    return wrapper


@log_calls
def add(a, b):
    return a + b


@count_calls
def square(x):
    return x * x


@repeat(3)
def greet(name):
    return f"hi {name}"


@count_calls
@log_calls
def scale(values, k):
    return [v * k for v in values]


failures = {"left": 2}


@retry(3)
def flaky(n):
    if failures["left"] > 0:
        failures["left"] -= 1
        raise ValueError(f"not yet ({failures['left']} to go)")
    return n * 10


@retry(2, (KeyError, ValueError))
def never(key):
    return {"a": 1}[key]


@tally
def points(n):
    return n * 3


@positive
def root(x):
    return x**0.5


@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(add(2, 3))
print([square(i) for i in range(5)], "calls:", square.calls)
print(greet("ann"))
print(scale([1, 2], 3), "calls:", scale.calls)
print(flaky(4))
try:
    never("b")
except RuntimeError as exc:
    print("gave up:", exc)
for n in (1, 2, 3):
    points(n)
print(root(16.0))
try:
    root(-1.0)
except ValueError as exc:
    print("rejected:", exc)
print("fib(12) =", fib(12), "with", fib.calls, "calls")
print(add.__name__, square.__name__, greet.__name__)

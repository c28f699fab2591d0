"""Exception classes with two bases (an application error that is also a KeyError or a
ValueError), subclasses of KeyError (whose str() is the repr of the key), and catching by
either base; the last one escapes and ends the program with status 1."""


class AppError(Exception):
    """Base of this application's errors."""


class NotFound(AppError, KeyError):
    pass


class BadValue(AppError, ValueError):
    pass


class Missing(KeyError):
    pass


class MissingSetting(Missing):
    pass


SETTINGS = {"host": "example.org", "port": "8080", "retries": "three"}


def setting(name):
    if name not in SETTINGS:
        raise MissingSetting(name)
    return SETTINGS[name]


def number(name):
    text = setting(name)
    if not text.isdigit():
        raise BadValue(f"{name} is not a number: {text!r}")
    return int(text)


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key)


for name in ("port", "retries", "timeout"):
    try:
        print(name, "=", number(name))
    except ValueError as e:
        print("ValueError:", e, "| app error:", isinstance(e, AppError))
    except LookupError as e:
        print(type(e).__name__, e, repr(e), e.args)

for key in ("a", "zz"):
    for handler in ("app", "key"):
        try:
            try:
                print(lookup({"a": 1}, key))
            except AppError as e:
                if handler == "app":
                    print("caught as AppError:", e)
                else:
                    raise
        except KeyError as e:
            print("caught as KeyError:", e)

try:
    raise Missing("plain")
except Missing as e:
    print("Missing", e, repr(e))

errors = []
for key in ("x", "y"):
    try:
        lookup({}, key)
    except AppError as e:
        errors.append(str(e))
print(errors)


def parse_numbers(text: str) -> tuple[list[int], list[Exception]]:
    good: list[int] = []
    problems: list[Exception] = []
    for part in text.split(","):
        try:
            good.append(int(part))
        except ValueError as exc:
            problems.append(exc)
    return good, problems


class GaveUp(AppError):
    def __init__(self, attempts, last):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
        self.last = last


def fetch(n):
    last = None
    for i in range(n):
        try:
            raise NotFound(f"try {i}")
        except AppError as e:
            last = e
    raise GaveUp(n, last)


for n in (0, 2):
    try:
        fetch(n)
    except GaveUp as e:
        print(e, e.attempts, type(e.last).__name__)

good, problems = parse_numbers("1,x,3,,4")
print(good, [f"{type(p).__name__}: {p}" for p in problems])
lookup({"k": 0}, "z")

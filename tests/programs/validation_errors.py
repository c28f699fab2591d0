import sys


class AppError(Exception):
    """Base of this app's errors."""


class ParseError(AppError):
    pass


class RangeError(AppError):
    pass


def parse_int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ParseError(f"not a number: {text!r}")


def check_range(value: int, low: int, high: int) -> int:
    if value < low or value > high:
        raise RangeError(f"{value} outside [{low}, {high}]")
    return value


def process(items):
    total = 0
    errors = []
    for item in items:
        try:
            n = parse_int(item)
            check_range(n, 0, 100)
        except ParseError as e:
            errors.append("parse: " + str(e))
            continue
        except RangeError as e:
            errors.append(f"range: {e}")
        else:
            total += n
        finally:
            print("checked", item)
    return total, errors


def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError as exc:
        print("error:", exc)
        return None
    finally:
        print("safe_div done")
    return result


def lookup(d, key):
    try:
        return d[key]
    except KeyError as e:
        print("missing key", e, repr(e))
        return -1


def first_negative(nums):
    for i, x in enumerate(nums):
        try:
            if x < 0:
                return i
            if x == 0:
                break
        finally:
            print("visited", i)
    return -1


total, errors = process(["5", "x", "200", "7", "abc"])
print(total, errors)
print(safe_div(1, 0), safe_div(6, 3))
print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b"))
print(first_negative([3, 4, -1, 5]), first_negative([1, 0, -2]))
count = 0
while True:
    try:
        count += 1
        if count > 3:
            break
        if count == 2:
            continue
        print("loop", count)
    finally:
        print("fin", count)
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("caught", e)
        raise
except Exception as outer:
    print("outer caught", type(outer).__name__, outer)
try:
    x = [1, 2][5]
except (IndexError, KeyError) as e:
    print("lookup error:", e)
try:
    sys.exit(3)
finally:
    print("cleanup")

"""Aggregate statistics over integer series."""


def mean(values: list[int]) -> float:
    if not values:
        return 0.0
    return sum(values) / len(values)


def median(values: list[int]) -> float:
    s = sorted(values)
    n = len(s)
    if n == 0:
        return 0.0
    mid = n // 2
    if n % 2 == 1:
        return float(s[mid])
    return (s[mid - 1] + s[mid]) / 2


def stdev(values: list[int]) -> float:
    if len(values) < 2:
        return 0.0
    m = mean(values)
    var = sum((v - m) ** 2 for v in values) / (len(values) - 1)
    return var ** 0.5


def group_sum(keys: list[str], values: list[int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for k, v in zip(keys, values):
        out[k] = out.get(k, 0) + v
    return out

"""Method decorators for logging and retries, plus memoised helpers."""
import functools
from functools import lru_cache


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result}")
        return result
    return wrapper


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ConnectionError as exc:
                    print(f"   attempt {attempt} failed: {exc}")
            print(f"   giving up after {times} attempts")
            return -1
        return wrapper
    return decorate


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.flaky_calls = 0

    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @logged
    def withdraw(self, amount, fee=0):
        self.balance -= amount + fee
        return self.balance

    @retry(3)
    def sync(self, failures):
        self.flaky_calls += 1
        if self.flaky_calls <= failures:
            raise ConnectionError(f"timeout #{self.flaky_calls}")
        return self.balance


@lru_cache(maxsize=2)
def shipping_quote(zone):
    print(f"   computing quote for zone {zone}")
    return 5 + zone * 3


@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@lru_cache
def word_score(word):
    return sum(ord(c) - 96 for c in word.lower())


@functools.cache
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


def main():
    acct = Account("dana", 100)
    acct.deposit(50)
    acct.withdraw(30, fee=2)
    print("sync ok:", acct.sync(2))
    acct.flaky_calls = 0
    print("sync fails:", acct.sync(5))

    for zone in [1, 2, 1, 3, 1, 2]:
        print(f"zone {zone} quote {shipping_quote(zone)}")
    info = shipping_quote.cache_info()
    print(info)
    print("hits", info.hits, "misses", info.misses, "size", info.currsize, "max", info.maxsize)
    shipping_quote.cache_clear()
    print("after clear:", shipping_quote.cache_info())
    print("zone 3 again:", shipping_quote(3))

    print("fib(60) =", fib(60))
    print(fib.cache_info())
    print("fib maxsize:", fib.cache_info().maxsize)

    for w in ["apple", "Zebra", "apple", "kiwi", "APPLE"]:
        print(w, word_score(w))
    print(word_score.cache_info())

    print("partitions(30) =", partitions(30, 30))
    stats = partitions.cache_info()
    print("partition cache size:", stats.currsize, "hits:", stats.hits > 0)
    partitions.cache_clear()
    print("cleared:", partitions.cache_info().currsize)


main()

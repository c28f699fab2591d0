"""Bit manipulation helpers: base conversions, popcounts, masks and hashing of records."""


def describe(n: int) -> str:
    return f"{n:>5} hex={hex(n):>7} oct={oct(n):>7} bin={bin(n)}"


def popcount(n: int) -> int:
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def set_bits(n: int) -> list[int]:
    return [i for i in range(n.bit_length()) if n >> i & 1]


def flags_to_names(flags: int, names: list[str]) -> list[str]:
    return [name for i, name in enumerate(names) if flags & (1 << i)]


class Record:
    def __init__(self, key: str, version: int) -> None:
        self.key = key
        self.version = version

    def __eq__(self, other):
        return (self.key, self.version) == (other.key, other.version)

    def __hash__(self):
        return hash((self.version, len(self.key)))

    def __repr__(self):
        return f"Record({self.key!r}, {self.version})"


for n in (0, 5, 64, 255, 1023, -42):
    print(describe(n))
for n in (7, 8, 1000, 2**40 - 1):
    print(n, popcount(n), set_bits(n)[:6], int(bin(n), 2) == n, int(hex(n), 16) == n)
perms = ["read", "write", "exec", "admin"]
for flags in (0b0101, 0b1111, 0):
    print(f"{flags:04b}", flags_to_names(flags, perms))
print("hashes:", hash(12345), hash(-1), hash((1, 2)), hash((0, -1, 2)), hash(3.0), hash(True))
records = {Record("alpha", 1), Record("alpha", 1), Record("beta", 2)}
print(len(records), sorted(records, key=lambda r: r.version))
try:
    answer = input()
except EOFError:
    answer = "no input"
print("stdin:", answer)
exit(0)

"""Generate sort_cases.txt: CPython 3.11 results of sorted(range(n), key=...).

Run with CPython 3.11 from this directory:  python3 gen_sort_cases.py
The Rust tests in src/list.rs replay every line through the timsort port.

Line format (fields separated by '|'):
  keys|reverse|result
where keys are floats ('nan' allowed), reverse is 0/1, and result is the
index permutation sorted(range(n), key=keys.__getitem__, reverse=reverse),
written out for n <= 300 and as 'len:fingerprint' above that.
NaN keys make the order non-total, so only an exact port of listsort
reproduces these permutations.
"""

import random
import sys

assert sys.version_info[:2] == (3, 11), "expected results must come from CPython 3.11"

MASK64 = (1 << 64) - 1


def fingerprint(seq):
    h = 1469598103934665603
    for x in seq:
        h = ((h ^ (x & MASK64)) * 1099511628211) & MASK64
    return h


def fmt_key(k):
    if k != k:
        return "nan"
    return repr(float(k))


def gen_keys(rng, n):
    kind = rng.randrange(6)
    if kind == 0:
        keys = [round(rng.random(), 3) for _ in range(n)]
    elif kind == 1:
        keys = [float(rng.randrange(10)) for _ in range(n)]
    elif kind == 2:
        # ascending and descending runs
        keys = []
        while len(keys) < n:
            run = sorted(round(rng.random(), 3) for _ in range(rng.randrange(1, 200)))
            if rng.random() < 0.4:
                run.reverse()
            keys.extend(run)
        keys = keys[:n]
    elif kind == 3:
        # two interleaved sorted halves: exercises galloping
        a = sorted(rng.randrange(1000) for _ in range(n // 2))
        b = sorted(rng.randrange(1000) for _ in range(n - n // 2))
        keys = [float(x) for x in a + b]
    elif kind == 4:
        keys = [float(i) for i in range(n)]
        for _ in range(rng.randrange(1, 10) if n else 0):
            i, j = rng.randrange(n), rng.randrange(n)
            keys[i], keys[j] = keys[j], keys[i]
    else:
        keys = [float(rng.randrange(-50, 50)) for _ in range(n)]
    nan_rate = rng.choice([0.0, 0.0, 0.02, 0.1, 0.5])
    return [float("nan") if rng.random() < nan_rate else k for k in keys]


def main():
    rng = random.Random(311)
    out = []
    sizes = [0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 200, 300, 500, 1000, 2500]
    for n in sizes:
        for _ in range(12 if n <= 300 else 4):
            keys = gen_keys(rng, n)
            rev = rng.randrange(2)
            res = sorted(range(n), key=keys.__getitem__, reverse=bool(rev))
            if n <= 300:
                res_s = ",".join(map(str, res))
            else:
                res_s = "%d:%d" % (len(res), fingerprint(res))
            out.append("%s|%d|%s" % (",".join(map(fmt_key, keys)), rev, res_s))
    with open("sort_cases.txt", "w") as f:
        f.write("\n".join(out) + "\n")


main()

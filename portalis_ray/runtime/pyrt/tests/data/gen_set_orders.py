"""Generate set_orders.txt: CPython 3.11 iteration orders of int sets.

Run with CPython 3.11 from this directory:  python3 gen_set_orders.py
The Rust tests in src/set.rs replay every line and compare the orders.

Line formats (fields separated by '|', int lists by ','):
  seq|xs|order                  set(xs)
  lit|xs|order                  the set display {x0, x1, ...} of constants
  frz|xs|order                  what `for v in {x0, x1, ...}` iterates
  dict|xs|order                 set(dict.fromkeys(xs))
  ops|xs|ops|order|pops         set(xs), then ops: +N add, -N discard,
                                p pop, c copy, x clear
  bin|op|xs|xrm|ys|yrm|order    a = set(xs) minus xrm, b = set(ys) minus yrm,
                                then a op b (in-place ops report a)
  self|op|xs|xrm|order          a op a
  big|n|mult|mod|off|rmstep|len|fingerprint
                                xs[i] = (i*mult) % mod - off for i < n,
                                discarding xs[i] when i % rmstep == 0
"""

import random
import sys

assert sys.version_info[:2] == (3, 11), "expected orders must come from CPython 3.11"

MASK64 = (1 << 64) - 1


def fingerprint(seq):
    h = 1469598103934665603
    for x in seq:
        h = ((h ^ (x & MASK64)) * 1099511628211) & MASK64
    return h


def ints(xs):
    return ",".join(str(x) for x in xs)


def rand_ints(rng):
    n = rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 13, 20, 30, 50, 80, 120, 250])
    kind = rng.randrange(7)
    if kind == 0:
        return [rng.randrange(0, 64) for _ in range(n)]
    if kind == 1:
        return [rng.randrange(-1000, 1000) for _ in range(n)]
    if kind == 2:
        return [rng.randrange(-(2**63), 2**63) for _ in range(n)]
    if kind == 3:
        step = rng.choice([8, 16, 32, 64, 1024])
        return [rng.randrange(-50, 50) * step for _ in range(n)]
    if kind == 4:
        base = rng.choice([2**61 - 1, -(2**61 - 1), 2**62, -(2**62)])
        return [base + rng.randrange(-40, 40) for _ in range(n)]
    if kind == 5:
        return [rng.choice([-2, -1, 0, 1, 2, 3]) for _ in range(n)]
    return [rng.randrange(-(2**31), 2**31) for _ in range(n)]


def const_literal(xs):
    src = "{" + ", ".join(str(x) for x in xs) + "}"
    return list(eval(src))


def const_for(xs):
    src = "{" + ", ".join(str(x) for x in xs) + "}"
    ns = {}
    exec("out = []\nfor v in " + src + ":\n    out.append(v)\n", ns)
    return ns["out"]


def build(xs, rm):
    s = set(xs)
    for x in rm:
        s.discard(x)
    return s


BIN_OPS = {
    "union": lambda a, b: a | b,
    "inter": lambda a, b: a & b,
    "diff": lambda a, b: a - b,
    "symdiff": lambda a, b: a ^ b,
}
INPLACE_OPS = {
    "update": lambda a, b: a.update(b),
    "iupdate": lambda a, b: a.intersection_update(b),
    "dupdate": lambda a, b: a.difference_update(b),
    "supdate": lambda a, b: a.symmetric_difference_update(b),
}


def main():
    rng = random.Random(20221024)
    out = []
    for _ in range(100):
        xs = rand_ints(rng)
        out.append("seq|%s|%s" % (ints(xs), ints(set(xs))))
    for _ in range(60):
        xs = rand_ints(rng)
        if len(xs) < 3:
            xs = xs + [rng.randrange(-100, 100) for _ in range(3)]
        out.append("lit|%s|%s" % (ints(xs), ints(const_literal(xs))))
        out.append("frz|%s|%s" % (ints(xs), ints(const_for(xs))))
    for _ in range(40):
        xs = rand_ints(rng)
        out.append("dict|%s|%s" % (ints(xs), ints(set(dict.fromkeys(xs)))))
    for _ in range(100):
        xs = rand_ints(rng)
        s = set(xs)
        pool = list(s) + rand_ints(rng)
        ops, pops = [], []
        for _ in range(rng.randrange(1, 60)):
            r = rng.random()
            if r < 0.35 and pool:
                v = rng.choice(pool)
                ops.append("-%d" % v)
                s.discard(v)
            elif r < 0.7:
                v = rng.choice(pool) if pool and rng.random() < 0.5 else rng.randrange(-300, 300)
                ops.append("+%d" % v)
                s.add(v)
            elif r < 0.9:
                ops.append("p")
                if s:
                    pops.append(s.pop())
                else:
                    pops.append("E")
            elif r < 0.97:
                ops.append("c")
                s = s.copy()
            else:
                ops.append("x")
                s.clear()
        out.append("ops|%s|%s|%s|%s" % (ints(xs), " ".join(ops), ints(s), ints(pops)))
    for _ in range(160):
        op = rng.choice(list(BIN_OPS) + list(INPLACE_OPS))
        xs = rand_ints(rng)
        if rng.random() < 0.5:
            ys = rand_ints(rng)
        else:
            # overlapping operands
            ys = [x for x in xs if rng.random() < 0.5] + rand_ints(rng)[:10]
        xrm = [x for x in xs if rng.random() < 0.2]
        yrm = [y for y in ys if rng.random() < 0.2]
        a = build(xs, xrm)
        b = build(ys, yrm)
        if op in BIN_OPS:
            res = BIN_OPS[op](a, b)
        else:
            INPLACE_OPS[op](a, b)
            res = a
        out.append("bin|%s|%s|%s|%s|%s|%s" % (op, ints(xs), ints(xrm), ints(ys), ints(yrm), ints(res)))
    for op in list(BIN_OPS) + list(INPLACE_OPS):
        for _ in range(4):
            xs = rand_ints(rng)
            xrm = [x for x in xs if rng.random() < 0.3]
            a = build(xs, xrm)
            if op in BIN_OPS:
                res = BIN_OPS[op](a, a)
            else:
                INPLACE_OPS[op](a, a)
                res = a
            out.append("self|%s|%s|%s|%s" % (op, ints(xs), ints(xrm), ints(res)))
    for n, mult, mod, off, rmstep in [
        (60000, 7919, 100003, 50000, 0),
        (120000, 1, 1 << 40, 0, 0),
        (70000, 104729, 1 << 62, 1 << 61, 3),
        (30000, 65536, 1 << 50, 0, 2),
        (5000, 1, 5000, 2500, 7),
    ]:
        s = set()
        xs = [(i * mult) % mod - off for i in range(n)]
        for x in xs:
            s.add(x)
        if rmstep:
            for i, x in enumerate(xs):
                if i % rmstep == 0:
                    s.discard(x)
        out.append("big|%d|%d|%d|%d|%d|%d|%d" % (n, mult, mod, off, rmstep, len(s), fingerprint(s)))
    with open("set_orders.txt", "w") as f:
        f.write("\n".join(out) + "\n")


main()

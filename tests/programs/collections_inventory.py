# Warehouse analytics with collections: Counter, defaultdict, OrderedDict, deque.
from collections import Counter, OrderedDict, defaultdict, deque

ORDERS = [
    ("o1", "alice", ["apple", "pear", "apple"]),
    ("o2", "bob", ["fig", "apple"]),
    ("o3", "alice", ["kiwi", "fig", "fig", "apple"]),
    ("o4", "carol", ["pear"]),
    ("o5", "bob", ["kiwi", "kiwi", "apple", "pear"]),
]
PRICES = {"apple": 0.5, "pear": 0.75, "fig": 1.25, "kiwi": 0.4}


def demand(orders):
    total = Counter()
    for _, _, items in orders:
        total.update(items)
    return total


def by_customer(orders):
    groups = defaultdict(list)
    for oid, customer, _ in orders:
        groups[customer].append(oid)
    return groups


def spend(orders):
    money = defaultdict(float)
    for _, customer, items in orders:
        for item in items:
            money[customer] += PRICES[item]
    return money


def recent(orders, n):
    window = deque(maxlen=n)
    for oid, _, _ in orders:
        window.append(oid)
    return window


def lru_simulation(requests, capacity):
    cache = OrderedDict()
    hits = 0
    for key in requests:
        if key in cache:
            hits += 1
            cache.move_to_end(key)
        else:
            cache[key] = len(key)
            if len(cache) > capacity:
                evicted = cache.popitem(last=False)
                print("  evict", evicted)
    return hits, cache


d = demand(ORDERS)
print("demand:", d)
print("top 2:", d.most_common(2), "| total units:", d.total(), "| figs:", d["fig"], "| plums:", d["plum"])
print("customers:", by_customer(ORDERS))
money = spend(ORDERS)
for customer in sorted(money):
    print(f"  {customer:<6} {money[customer]:6.2f}")
print("recent:", recent(ORDERS, 3))
first_half = Counter(ORDERS[0][2] + ORDERS[1][2])
second_half = Counter(ORDERS[2][2] + ORDERS[3][2] + ORDERS[4][2])
print("sum:", first_half + second_half)
print("only early:", first_half - second_half, "| both:", first_half & second_half)
print("letters:", Counter("".join(PRICES)).most_common(3))
hits, cache = lru_simulation(["a", "b", "a", "c", "d", "b", "a", "e"], 3)
print("hits:", hits, "cache:", cache)
queue = deque(["t1", "t2", "t3"])
queue.rotate(-1)
queue.appendleft("urgent")
print(queue, queue.popleft(), len(queue), "t3" in queue)
while queue:
    print("  run", queue.popleft())

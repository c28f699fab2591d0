"""A bank-queue simulation: seeded random arrivals, a heap of events, percentile lookups."""
import bisect
import heapq
import random


class Customer:
    def __init__(self, cid: int, arrival: float, service: float):
        self.cid = cid
        self.arrival = arrival
        self.service = service

    def __repr__(self):
        return f"Customer({self.cid}, {self.arrival:.2f})"


def simulate(n_customers: int, tellers: int, seed: int):
    random.seed(seed)
    clock = 0.0
    customers = []
    for cid in range(n_customers):
        clock += random.expovariate(1.5)
        service = max(0.2, random.gauss(1.0, 0.3))
        customers.append(Customer(cid, clock, service))
    free_at = [0.0] * tellers
    heapq.heapify(free_at)
    waits = []
    for c in customers:
        earliest = free_at[0]
        start = max(earliest, c.arrival)
        heapq.heapreplace(free_at, start + c.service)
        bisect.insort_left(waits, round(start - c.arrival, 3))
    return customers, waits


def percentile(sorted_values, q):
    index = min(len(sorted_values) - 1, int(q * len(sorted_values)))
    return sorted_values[index]


customers, waits = simulate(40, 2, 2024)
print("first customers:", customers[:3])
print("median wait:", percentile(waits, 0.5))
print("p90 wait:", percentile(waits, 0.9))
print("waits under 0.5:", bisect.bisect_right(waits, 0.5), "of", len(waits))

random.seed(7)
sizes = [random.randint(1, 100) for _ in range(12)]
print("batch sizes:", sizes)
top = []
for s in sizes:
    if len(top) < 4:
        heapq.heappush(top, s)
    else:
        heapq.heappushpop(top, s)
print("top four:", sorted(top, reverse=True))
levels = []
for s in sizes:
    bisect.insort_right(levels, s // 10)
print("levels:", levels)
noise = [round(random.normalvariate(0.0, 1.0), 4) for _ in range(5)]
print("noise:", noise)

import random
import heapq
import bisect
from random import randint

random.seed(42)
rolls = [randint(1, 6) for _ in range(10)]
print(rolls, random.random())
deck = list(range(1, 11))
random.shuffle(deck)
print(deck, random.choice(deck), random.sample(deck, 3))
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=6))
print(round(random.uniform(1.0, 2.0), 6), random.randrange(0, 100, 5))
heap = []
for x in [5, 1, 8, 3, 2, 9, 1]:
    heapq.heappush(heap, x)
print(heap, heapq.heappop(heap), heap)
tasks = [(3, "write"), (1, "plan"), (2, "code")]
heapq.heapify(tasks)
while tasks:
    prio, name = heapq.heappop(tasks)
    print(prio, name)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, [4, 1, 7, 3, 9]))
scores = [10, 20, 30, 40]
print(bisect.bisect_left(scores, 25), bisect.bisect(scores, 30))
bisect.insort(scores, 25)
print(scores)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [55, 65, 75, 95]])

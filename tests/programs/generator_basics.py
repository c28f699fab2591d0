


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


def naturals():
    n = 1
    while True:
        yield n
        n += 1


def take(gen, k):
    out = []
    for x in gen:
        if len(out) >= k:
            break
        out.append(x)
    return out


def squares(gen):
    for x in gen:
        yield x * x


def chain_two(a, b):
    yield from a
    yield from b


def noisy(items):
    for item in items:
        print("  producing", item)
        yield item.upper()


class Tree:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()


print(list(countdown(5)), sum(evens(10)))
print(take(naturals(), 5), take(squares(naturals()), 4))
print(list(chain_two([1, 2], [3])))
for word in noisy(["a", "b"]):
    print("consumed", word)
g = countdown(3)
print(next(g), next(g), next(g), next(g, -1))
it = iter([10, 20, 30])
print(next(it), list(it))
t = Tree(1, [Tree(2, [Tree(4, [])]), Tree(3, [])])
print(list(t.walk()), max(t.walk()))
print([x for x in evens(7)], dict(zip("abc", countdown(3))))
try:
    next(countdown(0))
except StopIteration:
    print("stopped")

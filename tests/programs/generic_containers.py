"""Containers written once and used with several element types: a stack, a linked list,
a small LRU cache and a pair, each filled with ints in one place and strs in another."""

from dataclasses import dataclass


class StackEmpty(Exception):
    pass


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise StackEmpty("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def to_list(self):
        out = []
        node = self.head
        while node is not None:
            out.append(node.value)
            node = node.next
        return out


class Cache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.order = []

    def get(self, key, default):
        if key in self.data:
            self.order.remove(key)
            self.order.append(key)
            return self.data[key]
        return default

    def put(self, key, value):
        if key in self.data:
            self.order.remove(key)
        elif len(self.data) >= self.capacity:
            oldest = self.order.pop(0)
            del self.data[oldest]
        self.data[key] = value
        self.order.append(key)


@dataclass
class Pair:
    left: object
    right: object


def eval_postfix(tokens):
    s = Stack()
    for tok in tokens:
        if tok.isdigit():
            s.push(int(tok))
        else:
            b, a = s.pop(), s.pop()
            s.push(a + b if tok == "+" else a * b)
    return s.pop()


def balanced(text):
    s = Stack()
    pairs = {")": "(", "]": "["}
    for ch in text:
        if ch in "([":
            s.push(ch)
        elif ch in pairs and (len(s) == 0 or s.pop() != pairs[ch]):
            return False
    return len(s) == 0


def squares(requests, cache):
    out = []
    for n in requests:
        v = cache.get(n, -1)
        if v < 0:
            v = n * n
            cache.put(n, v)
        out.append(v)
    return out


print(eval_postfix("3 4 + 2 *".split()), eval_postfix("2 3 4 * +".split()))
print(balanced("([])[]"), balanced("(]"), balanced("(("))
floats = Stack()
floats.push(1.5)
floats.push(2.25)
print(floats, len(floats))
try:
    Stack().pop()
except StackEmpty as e:
    print("empty:", e)

numbers = LinkedList()
for i in range(4):
    numbers.push_front(i * i)
words = LinkedList()
for w in "to be or not".split():
    words.push_front(w)
print(numbers.to_list(), numbers.size, words.to_list(), words.size)

names = Cache(2)
names.put("ann", "Ann Lee")
names.put("bob", "Bob Ray")
print(names.get("ann", "?"), names.get("cid", "?"))
names.put("cid", "Cid Moe")
print(sorted(names.data), names.order)
print(squares([1, 2, 3, 1, 4, 1], Cache(3)))
try:
    Cache(0)
except ValueError as e:
    print("bad cache:", e)

p = Pair(1, 2)
q = Pair("x", "y")
print(p, q, p == Pair(1, 2), q.left + q.right)

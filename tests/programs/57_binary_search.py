# Binary search: iterative, recursive, first/last occurrence and insertion point.


def binary_search(items, target):
    low = 0
    high = len(items) - 1
    steps = 0
    while low <= high:
        steps += 1
        mid = (low + high) // 2
        if items[mid] == target:
            return mid, steps
        elif items[mid] < target:
            low = mid + 1
        else:
            high = mid - 1
    return -1, steps


def binary_search_recursive(items, target, low, high):
    if low > high:
        return -1
    mid = (low + high) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search_recursive(items, target, mid + 1, high)
    return binary_search_recursive(items, target, low, mid - 1)


def first_occurrence(items, target):
    low, high = 0, len(items) - 1
    answer = -1
    while low <= high:
        mid = (low + high) // 2
        if items[mid] >= target:
            if items[mid] == target:
                answer = mid
            high = mid - 1
        else:
            low = mid + 1
    return answer


def insertion_point(items, target):
    low, high = 0, len(items)
    while low < high:
        mid = (low + high) // 2
        if items[mid] < target:
            low = mid + 1
        else:
            high = mid
    return low


def find_word(words, target):
    low, high = 0, len(words) - 1
    steps = 0
    while low <= high:
        steps += 1
        mid = (low + high) // 2
        if words[mid] == target:
            return mid, steps
        if words[mid] < target:
            low = mid + 1
        else:
            high = mid - 1
    return -1, steps


def integer_sqrt(n):
    low, high = 0, n
    while low <= high:
        mid = (low + high) // 2
        if mid * mid <= n < (mid + 1) * (mid + 1):
            return mid
        if mid * mid > n:
            high = mid - 1
        else:
            low = mid + 1
    return -1


numbers = [x * 3 - 20 for x in range(25)]
print("Sorted data:", numbers)
for target in [-20, -2, 1, 4, 52, 53, 100]:
    idx, steps = binary_search(numbers, target)
    rec = binary_search_recursive(numbers, target, 0, len(numbers) - 1)
    found = "found at " + str(idx) if idx != -1 else "not found"
    print(f"  {target:>4}: {found:<12} in {steps} steps (recursive says {rec})")

print()
dupes = [1, 2, 2, 2, 3, 5, 5, 8, 8, 8, 8, 13]
for t in [2, 5, 8, 4, 13]:
    first = first_occurrence(dupes, t)
    point = insertion_point(dupes, t)
    print(f"value {t:>2}: first index {first:>2}, insertion point {point:>2}")

print()
names = sorted(["mia", "liam", "noah", "emma", "olivia", "ava", "zoe"])
print("Names:", names)
for who in ["emma", "zoe", "bob"]:
    idx, steps = find_word(names, who)
    print(f"  {who!r} -> {idx} ({steps} steps)")

print()
for n in [0, 1, 15, 16, 17, 99, 1000000, 2147483647]:
    print(f"isqrt({n}) = {integer_sqrt(n)}")

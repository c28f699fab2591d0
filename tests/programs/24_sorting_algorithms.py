# Hand-written sorting algorithms compared against sorted(), counting comparisons.


def bubble_sort(items):
    data = items.copy()
    comparisons = 0
    n = len(data)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            comparisons += 1
            if data[j] > data[j + 1]:
                data[j], data[j + 1] = data[j + 1], data[j]
                swapped = True
        if not swapped:
            break
    return data, comparisons


def insertion_sort(items):
    data = items.copy()
    comparisons = 0
    for i in range(1, len(data)):
        key = data[i]
        j = i - 1
        while j >= 0:
            comparisons += 1
            if data[j] <= key:
                break
            data[j + 1] = data[j]
            j -= 1
        data[j + 1] = key
    return data, comparisons


def merge_sort(items):
    if len(items) <= 1:
        return items.copy(), 0
    mid = len(items) // 2
    left, c1 = merge_sort(items[:mid])
    right, c2 = merge_sort(items[mid:])
    merged = []
    comparisons = c1 + c2
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        comparisons += 1
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged, comparisons


def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    less = [x for x in items if x < pivot]
    equal = [x for x in items if x == pivot]
    greater = [x for x in items if x > pivot]
    return quicksort(less) + equal + quicksort(greater)


def binary_search(data, target):
    lo, hi = 0, len(data) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if data[mid] == target:
            return mid
        elif data[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def main():
    datasets = {
        "random": [38, 27, 43, 3, 9, 82, 10, -5, 27, 0, 64, -12],
        "sorted": list(range(10)),
        "reversed": list(range(10, 0, -1)),
        "dupes": [5, 1, 5, 1, 5, 1, 3],
    }
    for name, data in datasets.items():
        b, bc = bubble_sort(data)
        ins, ic = insertion_sort(data)
        m, mc = merge_sort(data)
        q = quicksort(data)
        agree = b == ins == m == q == sorted(data)
        print(f"{name:<9} bubble={bc:>3} insertion={ic:>3} merge={mc:>3} agree={agree}")
        print("   ", m)
    data = sorted(datasets["random"])
    for target in [27, -12, 82, 4, 100]:
        print(f"search {target}: index {binary_search(data, target)}")
    print(sorted(datasets["random"], reverse=True)[:4])
    print(sorted(datasets["random"], key=lambda x: abs(x - 30))[:4])
    print(sorted(datasets["random"], key=lambda x: x % 10))
    words = ["pear", "fig", "apple", "kiwi", "date", "banana", "plum"]
    print(sorted(words, key=lambda w: len(w)))
    print(sorted(words, key=lambda w: len(w), reverse=True))
    print(sorted(words, key=lambda w: (len(w), w)))
    print(sorted(words, key=lambda w: w[-1]))


if __name__ == "__main__":
    main()

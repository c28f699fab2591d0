# Bubble sort with pass-by-pass output, swap counting and early exit.
import sys


def bubble_sort(items, verbose=True):
    data = items.copy()
    n = len(data)
    swaps = 0
    comparisons = 0
    for i in range(n - 1):
        swapped = False
        for j in range(n - 1 - i):
            comparisons += 1
            if data[j] > data[j + 1]:
                data[j], data[j + 1] = data[j + 1], data[j]
                swaps += 1
                swapped = True
        if verbose:
            print(f"  pass {i + 1}: {data}")
        if not swapped:
            if verbose:
                print("  no swaps, stopping early")
            break
    return data, swaps, comparisons


def bubble_sort_desc(words):
    data = words[:]
    for i in range(len(data)):
        for j in range(len(data) - 1 - i):
            if data[j] < data[j + 1]:
                data[j], data[j + 1] = data[j + 1], data[j]
    return data


def main():
    numbers = [64, 34, 25, 12, 22, 11, 90, 5]
    print("Sorting:", numbers)
    result, swaps, comps = bubble_sort(numbers)
    print("Result:", result)
    print(f"Swaps: {swaps}, comparisons: {comps}")
    print("Original untouched:", numbers)
    print("Matches sorted():", result == sorted(numbers))

    print()
    nearly = [1, 2, 3, 5, 4, 6, 7]
    print("Nearly sorted:", nearly)
    result, swaps, comps = bubble_sort(nearly)
    print(f"Swaps: {swaps}, comparisons: {comps}")

    print()
    negatives = [3, -1, -7, 0, 2, -2, 8]
    result, swaps, comps = bubble_sort(negatives, verbose=False)
    print("Negatives sorted:", result, "swaps:", swaps)

    fruits = ["pear", "apple", "fig", "banana", "cherry"]
    print("Descending words:", bubble_sort_desc(fruits))
    print("Using sorted reverse:", sorted(fruits, reverse=True))
    print("By length:", sorted(fruits, key=lambda w: len(w)))

    worst = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    result, swaps, comps = bubble_sort(worst, verbose=False)
    expected = len(worst) * (len(worst) - 1) // 2
    print(f"Worst case swaps: {swaps} (expected {expected})")
    if swaps != expected:
        print("unexpected swap count")
        sys.exit(1)
    print("done")


if __name__ == "__main__":
    main()

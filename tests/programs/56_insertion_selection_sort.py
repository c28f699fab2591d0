# Insertion sort and selection sort, compared on a few inputs.


def insertion_sort(values: list[int]) -> list[int]:
    result = values.copy()
    for i in range(1, len(result)):
        key = result[i]
        j = i - 1
        while j >= 0 and result[j] > key:
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = key
    return result


def selection_sort(values: list[int]) -> list[int]:
    result = values[:]
    n = len(result)
    for i in range(n):
        smallest = i
        for j in range(i + 1, n):
            if result[j] < result[smallest]:
                smallest = j
        if smallest != i:
            result[i], result[smallest] = result[smallest], result[i]
    return result


def count_shifts(values: list[int]) -> int:
    shifts = 0
    data = values.copy()
    for i in range(1, len(data)):
        key = data[i]
        j = i - 1
        while j >= 0 and data[j] > key:
            data[j + 1] = data[j]
            shifts += 1
            j -= 1
        data[j + 1] = key
    return shifts


def insertion_sort_words(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        pos = 0
        while pos < len(out) and out[pos].lower() < w.lower():
            pos += 1
        out.insert(pos, w)
    return out


def main() -> None:
    tests = [
        [5, 2, 9, 1, 5, 6],
        [3, -2, -5, 0, 7, -1],
        [1, 2, 3, 4, 5],
        [9, 7, 5, 3, 1],
        [],
        [42],
        [2, 2, 1, 1, 3, 3],
    ]
    for t in tests:
        a = insertion_sort(t)
        b = selection_sort(t)
        ok = a == b == sorted(t)
        print(f"{str(t):<22} -> {str(a):<22} shifts={count_shifts(t):>2} ok={ok}")

    print()
    words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
    print("Words:", words)
    print("Insertion (case-insensitive):", insertion_sort_words(words))
    print("sorted() default:", sorted(words))
    print("sorted() lower key:", sorted(words, key=lambda w: w.lower()))

    print()
    scores = [88, 92, 75, 92, 60, 81]
    ranked = selection_sort(scores)
    ranked.reverse()
    print("Ranked scores:", ranked)
    print("Top 3:", ranked[:3], "Bottom 2:", ranked[-2:])
    print("Position of 75:", ranked.index(75), "count of 92:", ranked.count(92))
    median = ranked[len(ranked) // 2]
    print("Upper median:", median)


if __name__ == "__main__":
    main()

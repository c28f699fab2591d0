# Classic coding-interview array and string problems.


def two_sum(nums: list[int], target: int) -> tuple[int, int]:
    seen: dict[int, int] = {}
    for i, n in enumerate(nums):
        need = target - n
        if need in seen:
            return seen[need], i
        seen[n] = i
    return -1, -1


def max_subarray(nums: list[int]) -> tuple[int, int, int]:
    best = nums[0]
    current = 0
    start = 0
    best_range = (0, 0)
    for i, n in enumerate(nums):
        if current <= 0:
            current = n
            start = i
        else:
            current += n
        if current > best:
            best = current
            best_range = (start, i)
    return best, best_range[0], best_range[1]


def valid_parentheses(s: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: list[str] = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


def move_zeros(nums: list[int]) -> list[int]:
    result = [n for n in nums if n != 0]
    result += [0] * (len(nums) - len(result))
    return result


def rotate(nums: list[int], k: int) -> list[int]:
    if not nums:
        return nums
    k %= len(nums)
    return nums[-k:] + nums[:-k] if k else nums[:]


def first_unique_char(s: str) -> int:
    counts: dict[str, int] = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    for i, ch in enumerate(s):
        if counts[ch] == 1:
            return i
    return -1


def missing_number(nums: list[int]) -> int:
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)


def main() -> None:
    print("two_sum:")
    for nums, target in [([2, 7, 11, 15], 9), ([3, 2, 4], 6), ([1, 5, -3, 8], 5), ([1, 2], 10)]:
        print(f"  {nums} target {target} -> {two_sum(nums, target)}")

    print("max_subarray:")
    for nums in [[-2, 1, -3, 4, -1, 2, 1, -5, 4], [1, 2, 3], [-3, -1, -2], [5, -9, 6, -2, 3]]:
        total, lo, hi = max_subarray(nums)
        print(f"  {nums} -> {total} from {nums[lo:hi + 1]}")

    print("valid_parentheses:")
    for s in ["()", "()[]{}", "(]", "([)]", "{[]}", "", "((", "a(b)c[d]"]:
        print(f"  {s!r:<10} {valid_parentheses(s)}")

    print("move_zeros:", move_zeros([0, 1, 0, 3, 12, 0, -4]))
    print("rotate:")
    for k in [0, 1, 3, 7, -1]:
        print(f"  k={k:>2}: {rotate([1, 2, 3, 4, 5], k)}")
    print("first_unique_char:", [first_unique_char(w) for w in ["leetcode", "loveleetcode", "aabb"]])
    print("missing_number:", missing_number([3, 0, 1]), missing_number([9, 6, 4, 2, 3, 5, 7, 0, 1]))

    prices = [7, 1, 5, 3, 6, 4]
    lowest = prices[0]
    profit = 0
    for p in prices[1:]:
        lowest = min(lowest, p)
        profit = max(profit, p - lowest)
    print("best stock profit:", profit)
    dupes = sorted({n for n in [4, 3, 2, 7, 8, 2, 3, 1] if [4, 3, 2, 7, 8, 2, 3, 1].count(n) > 1})
    print("duplicates:", dupes)


if __name__ == "__main__":
    main()

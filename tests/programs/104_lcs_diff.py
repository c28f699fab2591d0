# Longest common subsequence with a DP table, used for strings and a line diff.

OLD_TEXT = """
def area(w, h):
    return w * h

def perimeter(w, h):
    return 2 * (w + h)

print(area(3, 4))
"""

NEW_TEXT = """
def area(width, height):
    return width * height

def perimeter(w, h):
    return 2 * (w + h)

def diagonal(w, h):
    return (w * w + h * h) ** 0.5

print(area(3, 4))
print(diagonal(3, 4))
"""


def lcs_table(a, b):
    rows, cols = len(a) + 1, len(b) + 1
    table = [[0] * cols for _ in range(rows)]
    for i in range(1, rows):
        for j in range(1, cols):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    return table


def lcs_string(a, b):
    table = lcs_table(list(a), list(b))
    i, j = len(a), len(b)
    out = []
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(out[::-1])


def diff_lines(old, new):
    table = lcs_table(old, new)
    i, j = len(old), len(new)
    ops = []
    while i > 0 or j > 0:
        if i > 0 and j > 0 and old[i - 1] == new[j - 1]:
            ops.append("  " + old[i - 1])
            i -= 1
            j -= 1
        elif j > 0 and (i == 0 or table[i][j - 1] >= table[i - 1][j]):
            ops.append("+ " + new[j - 1])
            j -= 1
        else:
            ops.append("- " + old[i - 1])
            i -= 1
    ops.reverse()
    return ops


def print_table(a, b):
    table = lcs_table(list(a), list(b))
    print("       " + " ".join(f"{ch:>2}" for ch in b))
    for i, row in enumerate(table):
        label = " " if i == 0 else a[i - 1]
        print(f"  {label} " + " ".join(f"{v:>2}" for v in row))


def main():
    pairs = [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("same", "same"), ("abc", "xyz")]
    for a, b in pairs:
        common = lcs_string(a, b)
        ratio = 2 * len(common) / (len(a) + len(b)) if a or b else 1.0
        print(f"{a!r:<10} {b!r:<10} lcs={common!r:<8} len={len(common)} similarity={ratio:.3f}")
    print()
    print_table("GATTACA", "TAGACA")
    print()
    old = OLD_TEXT.strip("\n").split("\n")
    new = NEW_TEXT.strip("\n").split("\n")
    ops = diff_lines(old, new)
    for line in ops:
        print(line.rstrip())
    added = sum(1 for op in ops if op.startswith("+"))
    removed = sum(1 for op in ops if op.startswith("-"))
    print(f"{added} added, {removed} removed, {len(ops) - added - removed} unchanged")
    words_a = "the quick brown fox jumps over the lazy dog".split()
    words_b = "the quick red fox leaps over the dog".split()
    common_words = lcs_table(words_a, words_b)[-1][-1]
    print("common words:", common_words, "->", " ".join(op for op in diff_lines(words_a, words_b)))


if __name__ == "__main__":
    main()

# Star pattern printing exercises: pyramids, diamonds, hollow boxes.


def right_triangle(n):
    for i in range(1, n + 1):
        print("*" * i)


def pyramid(n):
    for i in range(n):
        spaces = " " * (n - i - 1)
        stars = "*" * (2 * i + 1)
        print(spaces + stars)


def inverted_pyramid(n):
    for i in range(n - 1, -1, -1):
        print(" " * (n - i - 1) + "*" * (2 * i + 1))


def diamond(n):
    pyramid(n)
    for i in range(n - 2, -1, -1):
        print(" " * (n - i - 1) + "*" * (2 * i + 1))


def hollow_box(width, height):
    for row in range(height):
        if row == 0 or row == height - 1:
            print("#" * width)
        else:
            print("#" + " " * (width - 2) + "#")


def number_pyramid(n):
    for i in range(1, n + 1):
        left = "".join(str(k) for k in range(1, i + 1))
        right = left[:-1][::-1]
        print(" " * (n - i) + left + right)


def checkerboard(size):
    for r in range(size):
        line = ""
        for c in range(size):
            line += "X" if (r + c) % 2 == 0 else "."
        print(line)


def main():
    print("Right triangle:")
    right_triangle(4)
    print("\nPyramid:")
    pyramid(5)
    print("\nInverted pyramid:")
    inverted_pyramid(4)
    print("\nDiamond:")
    diamond(4)
    print("\nHollow box:")
    hollow_box(8, 4)
    print("\nNumber pyramid:")
    number_pyramid(5)
    print("\nCheckerboard:")
    checkerboard(6)
    print("\nCentered words:")
    for word in ["a", "abc", "abcde", "abcdefg"]:
        print("[" + word.center(9) + "]", "[" + word.ljust(9, ".") + "]", "[" + word.rjust(9, "-") + "]")
    print("\nFloyd's triangle:")
    k = 1
    for i in range(1, 6):
        row = []
        for _ in range(i):
            row.append(k)
            k += 1
        print(" ".join(f"{v:>2}" for v in row))
    print("\nArrow:")
    n = 4
    for i in list_of_widths(n):
        print("*" * i)


def list_of_widths(n):
    widths = [i for i in range(1, n + 1)]
    widths.extend(range(n - 1, 0, -1))
    return widths


if __name__ == "__main__":
    main()

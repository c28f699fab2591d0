# Palindrome exercises: words, sentences, numbers and the longest palindromic substring.


def clean(text):
    return "".join(ch.lower() for ch in text if ch.isalpha() or ch.isdigit())


def is_palindrome(text):
    s = clean(text)
    return s == s[::-1]


def is_palindrome_two_pointer(text):
    s = clean(text)
    left = 0
    right = len(s) - 1
    while left < right:
        if s[left] != s[right]:
            return False
        left += 1
        right -= 1
    return True


def reverse_number(n):
    result = 0
    while n > 0:
        result = result * 10 + n % 10
        n //= 10
    return result


def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            candidate = s[lo + 1:hi]
            if len(candidate) > len(best):
                best = candidate
    return best


def main():
    samples = [
        "racecar",
        "Level",
        "hello",
        "A man, a plan, a canal: Panama",
        "Was it a car or a cat I saw?",
        "No lemon, no melon",
        "Python",
        "",
        "12321",
        "12 3 4 21",
    ]
    for s in samples:
        a = is_palindrome(s)
        b = is_palindrome_two_pointer(s)
        status = "yes" if a else "no"
        print(f"{s!r:<34} -> {status:<3} (agree={a == b})")

    print()
    print("Palindromic numbers between 100 and 200:")
    found = [n for n in range(100, 201) if n == reverse_number(n)]
    print(found, len(found))

    print()
    print("Reverse-and-add steps:")
    for start in [56, 87, 89, 196]:
        n = start
        steps = 0
        while n != reverse_number(n) and steps < 30:
            n = n + reverse_number(n)
            steps += 1
        if n == reverse_number(n):
            print(f"  {start} becomes palindrome {n} after {steps} steps")
        else:
            print(f"  {start} gave up after {steps} steps at {n}")

    print()
    for word in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
        lp = longest_palindrome(word)
        print(f"Longest palindrome in {word}: {lp} (length {len(lp)})")


if __name__ == "__main__":
    main()

# Exercises in string slicing, reversal and Unicode handling.

PHRASES = ["naïve café", "straße", "Ångström units", "racecar", "hello, world", "déjà vu"]


def is_palindrome(s):
    letters = [ch.lower() for ch in s if ch.isalnum()]
    return letters == letters[::-1]


def rotate(s, k):
    if not s:
        return s
    k = k % len(s)
    return s[k:] + s[:k]


def every_other(s, start=0):
    return s[start::2]


def main():
    for p in PHRASES:
        print(f"{p!r:<18} len={len(p):>2} rev={p[::-1]!r} upper={p.upper()!r}")
    s = "abcdefghij"
    print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::3], s[::-2], s[8:2:-2])
    print(s[-100:3], s[5:100], repr(s[5:2]), s[-1], s[-len(s)])
    print([rotate(s, k) for k in [0, 3, -2, 13]])
    print(every_other("naïve café"), every_other("naïve café", start=1))
    for word in ["Racecar", "A man, a plan, a canal: Panama", "café", "été"]:
        print(word, "->", is_palindrome(word))
    word = "café"
    print(word[3], ord(word[3]), chr(233) == word[-1], word.title(), word.capitalize())
    print("ß".upper(), "straße".upper(), len("straße".upper()))
    print("ÉCOLE".lower(), "éa" < "eb", "Zebra" < "apple", "apple" < "apples")
    print(sorted(["banana", "Apple", "cherry", "apple", "Éclair", "date"]))
    print(sorted(["banana", "Apple", "cherry", "apple"], key=lambda w: w.lower()))
    text = "the quick brown fox"
    words = text.split()
    print(" ".join(w[::-1] for w in words))
    print(" ".join(reversed(words)))
    print("".join(w[0].upper() + w[1:] for w in words))
    print(text.find("quick"), text.find("slow"), text.rfind("o"), text.index("b"))
    print(text.count("o"), "fox" in text, "Fox" in text, text.startswith("the q"))
    print(text.center(27, "*"), "|" + text.ljust(22) + "|", text.rjust(22, "."))
    print("42".zfill(5), "-42".zfill(5), "abc" * 3, "-" * 0 + "end")


if __name__ == "__main__":
    main()

# String compression interview question plus decompression and variations.


def compress(s: str) -> str:
    if not s:
        return s
    parts: list[str] = []
    current = s[0]
    count = 1
    for ch in s[1:]:
        if ch == current:
            count += 1
        else:
            parts.append(current + str(count))
            current = ch
            count = 1
    parts.append(current + str(count))
    compressed = "".join(parts)
    return compressed if len(compressed) < len(s) else s


def decompress(s: str) -> str:
    result = ""
    i = 0
    while i < len(s):
        ch = s[i]
        i += 1
        digits = ""
        while i < len(s) and s[i].isdigit():
            digits += s[i]
            i += 1
        result += ch * int(digits) if digits else ch
    return result


def runs(s: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for ch in s:
        if out and out[-1][0] == ch:
            last = out.pop()
            out.append((ch, last[1] + 1))
        else:
            out.append((ch, 1))
    return out


def longest_run(s: str) -> tuple[str, int]:
    best = ("", 0)
    for ch, n in runs(s):
        if n > best[1]:
            best = (ch, n)
    return best


def main() -> None:
    samples = ["aabcccccaaa", "abcdef", "aaaaaaaaaaaa", "", "aabbcc", "zzzzzzzzzzzzzzzyx", "AAAbbbAAA"]
    for s in samples:
        c = compress(s)
        ratio = len(c) / len(s) if s else 1.0
        print(f"{s!r:<22}-> {c!r:<16} ratio {ratio:.2f}")

    print()
    encoded = ["a3b2c1", "x10", "q1w1e1", "m2n12o3"]
    for e in encoded:
        d = decompress(e)
        print(f"{e:<8} expands to {d} ({len(d)} chars)")

    print()
    text = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"
    r = runs(text)
    print("Runs:", r)
    print("Run count:", len(r), "Longest:", longest_run(text))
    encoded_text = "".join(f"{n}{ch}" for ch, n in r)
    print("Count-first encoding:", encoded_text)
    print("Round trip ok:", decompress(compress("aaabccddddd")) == "aaabccddddd")

    squeezed = "".join(ch for ch, _ in runs("Mississippi  river   bank"))
    print("Squeezed repeats:", squeezed)
    spaces_fixed = " ".join("too    many     spaces   here".split())
    print("Collapsed spaces:", spaces_fixed)


if __name__ == "__main__":
    main()

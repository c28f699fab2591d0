# Greedy word wrap and full justification of a paragraph.

PARAGRAPH = ("The  quick brown fox jumps over the lazy dog.   Pack my box with "
             "five dozen liquor jugs! How vexingly quick daft zebras jump; "
             "sphinx of black quartz, judge my vow.")


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) if not current else len(word) + 1
        if current and length + extra > width:
            lines.append(current)
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    letters = sum(len(w) for w in words)
    gaps = len(words) - 1
    spaces, extra = divmod(width - letters, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces + (1 if i < extra else 0))
    return out + words[-1]


def main():
    print("split() vs split(' '):")
    print(PARAGRAPH.split()[:5])
    print(PARAGRAPH.split(" ")[:5])
    print(len(PARAGRAPH.split()), len(PARAGRAPH.split(" ")))
    for width in [28, 40]:
        print()
        print(f"width {width}:")
        print("+" + "-" * width + "+")
        lines = wrap(PARAGRAPH, width)
        for i, words in enumerate(lines):
            if i == len(lines) - 1:
                body = " ".join(words).ljust(width)
            else:
                body = justify(words, width)
            print("|" + body + "|")
        print("+" + "-" * width + "+")
    print()
    for line in wrap(PARAGRAPH, 30):
        print(" ".join(line).center(34, "~"))
    sentences = [s.strip() for s in PARAGRAPH.replace("!", ".").replace(";", ".").split(".") if s.strip()]
    print(len(sentences), "sentences")
    for s in sentences:
        first, _, rest = s.partition(" ")
        print(f"  {first.upper():<8} ({len(rest.split())} more words)")
    print(PARAGRAPH.rsplit(" ", 2))
    print(PARAGRAPH.split(" ", 3)[:3], PARAGRAPH.rsplit(maxsplit=1)[-1])
    print("  padded  ".strip(), "|", "xxhixx".strip("x"), "|", "  left".lstrip(), "|", "right  ".rstrip() + "|")


if __name__ == "__main__":
    main()

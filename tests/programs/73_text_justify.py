# Word wrapping and full justification, like a tiny text formatter.

PARAGRAPH = ("Python is a high level general purpose programming language. Its design "
             "philosophy emphasizes code readability with the use of significant "
             "indentation. Python is dynamically typed and garbage collected. It supports "
             "multiple programming paradigms including structured, object oriented and "
             "functional programming.")


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) if not current else len(word) + 1
        if length + extra > width and current:
            lines.append(current)
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(current)
    return lines


def justify_line(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    letters = sum(len(w) for w in words)
    gaps = len(words) - 1
    spaces, extra = divmod(width - letters, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces + (1 if i < extra else 0))
    return out + words[-1]


def show(title, lines):
    print(title)
    for line in lines:
        print("|" + line + "|")
    print()


def main():
    width = 36
    wrapped = wrap(PARAGRAPH, width)
    show("Left aligned:", [" ".join(ws).ljust(width) for ws in wrapped])
    show("Right aligned:", [" ".join(ws).rjust(width) for ws in wrapped])
    show("Centered:", [" ".join(ws).center(width) for ws in wrapped])
    justified = [justify_line(ws, width) for ws in wrapped[:-1]]
    justified.append(" ".join(wrapped[-1]).ljust(width))
    show("Justified:", justified)

    for w in [20, 50]:
        lines = wrap(PARAGRAPH, w)
        longest = max(len(" ".join(ws)) for ws in lines)
        print(f"width {w}: {len(lines)} lines, longest {longest}")

    print()
    title = "report summary"
    print(title.title().center(width, "="))
    print("Name".ljust(12) + "Score".rjust(8) + "Note".rjust(16))
    for name, score, note in [("alice", 93, "excellent"), ("bob", 7, "retry"), ("charlotte", 100, "perfect")]:
        print(name.capitalize().ljust(12) + str(score).rjust(8) + note.upper().rjust(16))
    print("=" * width)
    print("ID:", "42".zfill(6), "-7".zfill(4), "abc".zfill(5))
    print("repr of a line:", repr(" ".join(wrapped[0])), repr(width), repr(0.1 + 0.2))
    print(f"{'|':^9}{'mid':^9}{'|':^9}")


if __name__ == "__main__":
    main()

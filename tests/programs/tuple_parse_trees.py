"""A tokenizer and a precedence-climbing parser that build nested-tuple syntax trees.

The trees are only printed, compared and collected in sets: a value nested inside
itself, held as a dynamic value by the translator.
"""

TOKENS = {"+": 1, "-": 1, "*": 2, "/": 2}


def tokenize(text):
    out = []
    num = ""
    for ch in text:
        if ch.isdigit():
            num += ch
            continue
        if num:
            out.append(num)
            num = ""
        if ch in TOKENS or ch in "()":
            out.append(ch)
    if num:
        out.append(num)
    return out


def parse_atom(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        tree, pos = parse_expr(tokens, pos + 1, 1)
        return tree, pos + 1
    return ("num", int(tok)), pos + 1


def parse_expr(tokens, pos, min_prec):
    left, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in TOKENS and TOKENS[tokens[pos]] >= min_prec:
        op = tokens[pos]
        right, pos = parse_expr(tokens, pos + 1, TOKENS[op] + 1)
        left = (op, left, right)
    return left, pos


def parse(text):
    tree, _ = parse_expr(tokenize(text), 0, 1)
    return tree


SOURCES = ["1 + 2 * 3", "(1 + 2) * 3", "8 / 4 / 2", "7 - (3 - 1)", "1+2*3", "42"]

trees = []
for src in SOURCES:
    tree = parse(src)
    trees.append(tree)
    print(f"{src!r:>14} -> {tree}")

print("same tree for '1 + 2 * 3' and '1+2*3':", trees[0] == trees[4])
print("different for '1 + 2 * 3' and '(1 + 2) * 3':", trees[0] != trees[1])
distinct = set(trees)
print("distinct trees:", len(distinct), "of", len(trees))
print("leaf:", parse("42"), parse("42") == ("num", 42))
by_source = {src: tree for src, tree in zip(SOURCES, trees)}
for src in sorted(by_source):
    print(f"  {src:<12} {by_source[src]!r}")

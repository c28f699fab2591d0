# Reverse Polish notation calculator. The last expression in the batch is
# malformed, and popping the empty stack raises IndexError (exit status 1).

EXPRESSIONS = [
    "3 4 +",
    "5 1 2 + 4 * + 3 -",
    "2 3 4 * +",
    "7 2 /",
    "-7 2 //",
    "-7 2 %",
    "2 10 ^",
    "1 2 3 4 5 + + + +",
    "10 3 - 2 -",
    "4 2 5 * + 1 3 2 * + /",
    "6 +",
]


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b
    if op == "//":
        return float(a // b)
    if op == "%":
        return float(a % b)
    if op == "^":
        return a ** b
    return 0.0


def evaluate(expr, trace=False):
    stack = []
    for token in expr.split():
        if token in ("+", "-", "*", "/", "//", "%", "^"):
            b = stack.pop()
            a = stack.pop()
            result = apply(token, a, b)
            stack.append(result)
        else:
            stack.append(float(token))
        if trace:
            print(f"    {token:>3} -> {stack}")
    return stack.pop()


def main():
    print("Tracing '5 1 2 + 4 * + 3 -':")
    evaluate("5 1 2 + 4 * + 3 -", trace=True)
    results = []
    for expr in EXPRESSIONS:
        value = evaluate(expr)
        results.append(value)
        shown = str(int(value)) if value == int(value) else str(value)
        print(f"{expr:<26} = {value!r:<8} ({shown})")
    print("All results:", results)


if __name__ == "__main__":
    main()

"""A tokenizer and recursive-descent calculator with detailed error reporting."""


class CalcError(Exception):
    def __init__(self, message, position=None):
        self.position = position
        if position is not None:
            message = f"{message} at position {position}"
        super().__init__(message)


class TokenizeError(CalcError):
    pass


class SyntaxErr(CalcError):
    pass


class EvalError(CalcError):
    pass


def tokenize(expr):
    tokens = []
    i = 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(expr) and (expr[i].isdigit() or expr[i] == "."):
                i += 1
            text = expr[start:i]
            if text.count(".") > 1:
                raise TokenizeError(f"malformed number {text!r}", start)
            tokens.append(("num", float(text) if "." in text else int(text), start))
        elif ch in "+-*/%()^":
            tokens.append(("op", ch, i))
            i += 1
        else:
            raise TokenizeError(f"unexpected character {ch!r}", i)
    tokens.append(("end", None, len(expr)))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        tok = self.advance()
        if tok[1] != value:
            raise SyntaxErr(f"expected {value!r} but found {tok[1]!r}", tok[2])

    def parse(self):
        value = self.expr()
        tok = self.peek()
        if tok[0] != "end":
            raise SyntaxErr(f"unexpected token {tok[1]!r}", tok[2])
        return value

    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.advance()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.power()
        while self.peek()[1] in ("*", "/", "%"):
            _, op, pos = self.advance()
            rhs = self.power()
            if op == "*":
                value *= rhs
            else:
                if rhs == 0:
                    raise EvalError("division by zero", pos)
                value = value / rhs if op == "/" else value % rhs
        return value

    def power(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.advance()
            exponent = self.power()
            return base ** exponent
        return base

    def unary(self):
        if self.peek()[1] == "-":
            self.advance()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, value, pos = self.advance()
        if kind == "num":
            return value
        if value == "(":
            inner = self.expr()
            self.expect(")")
            return inner
        raise SyntaxErr(f"unexpected {value!r}" if value else "unexpected end of input", pos)


def calculate(expr):
    return Parser(tokenize(expr)).parse()


TESTS = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "17 % 5",
         "2 ^ 70", "1.5 * (2 - 0.5)", "3 +", "4 / (2 - 2)", "5 $ 3",
         "((2)", "1.2.3 + 4", "7 7", "-(-(-3))"]

ok = errors = 0
for t in TESTS:
    try:
        result = calculate(t)
    except TokenizeError as e:
        print(f"{t:<18} TOKENIZE ERROR: {e}")
        errors += 1
    except SyntaxErr as e:
        print(f"{t:<18} SYNTAX ERROR:   {e}")
        errors += 1
    except EvalError as e:
        print(f"{t:<18} EVAL ERROR:     {e} (pos={e.position})")
        errors += 1
    else:
        print(f"{t:<18} = {result}")
        ok += 1
print(f"{ok} succeeded, {errors} failed")

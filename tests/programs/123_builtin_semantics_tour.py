# A tour of builtin semantics that translators commonly get wrong; ends with an uncaught ValueError.
print(1e22, 123456789.0 * 1000, float("inf"), -float("inf"), 1e-7, 100.0, 1.23456789012e-5)
print(round(2.5), round(-0.5), round(3.14159, 3), round(1234.5678, -2), round(7, 2))
print(str(True), f"{True} {None} {False!r}", [None, True], (1,))
print("{:.3}".format(3.14159), f"{12:05}", f"{-3:+d}", f"{255:#x}", f"{0.000123:e}", f"{1234.5:g}", f"{0.5:.0%}")
d = {"a": 1.0}
print(d) if False else None
prices = {"a": 1.0, "b": 2.5}
print(prices, {1: [(1, "x")]}, [[1.5], []])
xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = [9]
del xs[0]
a = b = 7
print(xs, a, b, 1 < 2 == 2, not [], not [0], min("abc"), max([], default=0), sum([1.5, 2]), sum([], 0.0))
print("ab" * -1 == "", list(enumerate(reversed(xs))), xs[::-2], xs[-100:100], xs[4:1])
e = {}
e.update({"z": 1})
print(e.pop("z"), e.pop("q", -1), e, len(e), {k: v * 2 for k, v in zip("ab", [1, 2])})
s = {3, 1, 2}
s.add(10)
s.discard(3)
print(s, s | {40}, s & {1, 10}, s - {1}, 2 in s, sorted(s, reverse=True), len(s))
print(divmod(-7, 2), divmod(7.5, 2), pow(2, 10, 1000), pow(2.0, 3), abs(-7), max(3, 7.5), min(2, 1.5))
t = (1, 2, 3)
x, y, z = t
print(x + y + z, t[1:], t[-1], len(t), t * 2)
print([1, 2].index(2), "a,b,,c".split(","), "  x  y ".split(), "a-b-c".rsplit("-", 1), "abc".partition("b"))
print("Hello".ljust(8, ".") + "|", "title case words".title(), "ABC".isupper(), "12".isdigit(), "x".join("abc"))
print([1, 2, 3].index(5))

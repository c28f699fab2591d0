"""Helpers with *args, **kwargs and keyword-only parameters, as utility modules write them."""


def total(*amounts, discount=0.0):
    subtotal = sum(amounts)
    return round(subtotal * (1 - discount), 2)


def tag(name, *classes, **attrs):
    parts = [name]
    if classes:
        parts.append('class="' + " ".join(classes) + '"')
    for key, value in sorted(attrs.items()):
        parts.append(f'{key}="{value}"')
    return "<" + " ".join(parts) + ">"


def stats(first, *rest):
    values = [first, *rest]
    return min(values), max(values), sum(values) / len(values)


class Logger:
    def __init__(self, prefix, *, width=10):
        self.prefix = prefix
        self.width = width
        self.lines = []

    def log(self, *words, sep=" "):
        line = f"{self.prefix:<{self.width}}" + sep.join(words)
        self.lines.append(line)
        print(line)


print(total(10, 20, 30), total(99.5, discount=0.1), total())
print(tag("div"), tag("a", "nav", "active", href="/home", title="Home"))
print(tag("img", src="cat.png"))
print(stats(4), stats(3, 9, 1, 7))
prices = [5, 15, 25]
print(total(*prices, discount=0.5), stats(*prices))
log = Logger("[app]", width=8)
log.log("starting", "up")
log.log("a", "b", "c", sep="-")
log.log()
print(len(log.lines), log.lines[-1] == "[app]   ")

"""Mail-merge style text generation and log line parsing."""
import re
import string


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


LOG_RE = re.compile(r"^(?P<level>[A-Z]+) (?P<msg>[a-z ]+?)(?: in (?P<ms>\d+)ms)?$")


def template_section():
    greeting = string.Template("Dear $name, your order #$order ships on ${day}.")
    print(greeting.substitute(name="Ada", order=1042, day="Monday"))
    fields = {"name": "Grace", "order": "77", "day": "Friday"}
    print(greeting.substitute(fields))
    partial = {"name": "Linus"}
    print(greeting.safe_substitute(partial))
    try:
        print(greeting.substitute(partial))
    except KeyError as exc:
        print("missing placeholder:", exc)
    price = string.Template("$item costs $$${amount}")
    print(price.substitute(item="tea", amount="3.50"))


def capwords_section():
    titles = ["the quick  brown fox", "hello   world of python", "o'neil and mcdonald"]
    for t in titles:
        print(string.capwords(t))
    print(string.capwords("alpha-beta-gamma", "-"))
    print(string.capwords("red,green,,blue", ","))


def percent_section():
    stock = [{"name": "widget", "count": 12}, {"name": "gadget", "count": 3}]
    for row in stock:
        print("%(name)s: %(count)d in stock" % row)
    print("%(name)-8s|%(count)5d|" % {"name": "bolt", "count": 250})


def format_section():
    p = Point(3, -4)
    scores = [91, 78, 66]
    meta = {"key": "gold", "other": "silver"}
    print("{0.x} {1[0]} {m[key]}".format(p, scores, m=meta))
    print("point=({0.x}, {0.y}) best={1[0]} worst={1[2]}".format(p, scores))
    pair = ("left", "right")
    print("{} <-> {}".format(*pair))
    triple = ("x", "y", "z")
    print("{2}{1}{0}".format(*triple))
    when = {"day": "Tuesday", "time": "09:30"}
    print("{day} at {time}".format(**when))
    print("Meeting: {day}".format(**when))


def translate_section():
    table = str.maketrans({"a": "4", "e": "3", "o": "0", "!": None})
    for word in ["leet speak!", "hello there!", "no change"]:
        print(word, "->", word.translate(table))
    strip_vowels = str.maketrans({"a": None, "e": None, "i": None, "o": None, "u": None})
    print("consonants:", "programming language".translate(strip_vowels))
    rot = str.maketrans("abc", "bca")
    print("rotated:", "aabbcc cab".translate(rot))


def log_section():
    lines = [
        "INFO server started in 120ms",
        "WARN disk almost full",
        "ERROR request failed in 3045ms",
        "DEBUG cache warm",
        "bad line here",
    ]
    total_ms = 0
    for line in lines:
        m = LOG_RE.match(line)
        if m is None:
            print("unparsed:", line)
            continue
        ms = m.group("ms")
        level = m["level"]
        if ms is None:
            print(f"[{level}] {m.group('msg')} (no timing)")
        else:
            total_ms += int(ms)
            print(f"[{level}] {m.group('msg')} took {ms}ms")
    print("total timed ms:", total_ms)


def main():
    template_section()
    capwords_section()
    percent_section()
    format_section()
    translate_section()
    log_section()


main()

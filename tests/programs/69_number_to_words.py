# Convert integers to English words and back, plus check-writing amounts.

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(1000000000, "billion"), (1000000, "million"), (1000, "thousand")]


def below_thousand(n):
    words = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append(ONES[hundreds] + " hundred")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        if ones:
            words.append(TENS[tens] + "-" + ONES[ones])
        else:
            words.append(TENS[tens])
    elif rest > 0:
        words.append(ONES[rest])
    return " ".join(words)


def to_words(n):
    if n == 0:
        return "zero"
    if n < 0:
        return "minus " + to_words(-n)
    parts = []
    for value, name in SCALES:
        if n >= value:
            count = n // value
            parts.append(below_thousand(count) + " " + name)
            n %= value
    if n > 0:
        parts.append(below_thousand(n))
    return " ".join(parts)


def words_to_number(text):
    lookup = {w: i for i, w in enumerate(ONES)}
    for i, w in enumerate(TENS):
        if w:
            lookup[w] = i * 10
    total = 0
    current = 0
    for token in text.replace("-", " ").split():
        if token in lookup:
            current += lookup[token]
        elif token == "hundred":
            current *= 100
        elif token in ("thousand", "million", "billion"):
            multiplier = {"thousand": 1000, "million": 1000000, "billion": 1000000000}[token]
            total += current * multiplier
            current = 0
    return total + current


def check_amount(amount):
    dollars = int(amount)
    cents = round((amount - dollars) * 100)
    return f"{to_words(dollars).capitalize()} dollars and {cents:02d}/100"


def main():
    tests = [0, 5, 13, 20, 42, 99, 100, 101, 110, 999, 1000, 1001, 12345, 100000,
             1000000, 7654321, -86, 2147483647]
    for n in tests:
        words = to_words(n)
        back = words_to_number(words) if n >= 0 else -words_to_number(words[6:])
        print(f"{n:>11,} | {words} | round trip {'ok' if back == n else 'FAIL'}")
    print()
    for amt in [19.99, 250.5, 1234.07, 3.0]:
        print(f"${amt:>9,.2f}: {check_amount(amt)}")
    lengths = {n: len(to_words(n).replace(" ", "").replace("-", "")) for n in range(1, 21)}
    print()
    print("Letters used for 1..20:", sum(lengths.values()))
    longest = max(lengths, key=lambda k: lengths[k])
    print("Longest name under 21:", to_words(longest), lengths[longest])


if __name__ == "__main__":
    main()

"""Classical ciphers with str.maketrans/translate and the string module."""
import string


def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper,
                          lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


def atbash(text):
    lower = string.ascii_lowercase
    return text.translate(str.maketrans(lower + lower.upper(), lower[::-1] + lower[::-1].upper()))


def strip_punctuation(text):
    return text.translate(str.maketrans("", "", string.punctuation))


def letter_histogram(text):
    counts = {c: 0 for c in string.ascii_lowercase}
    for ch in text.lower():
        if ch in counts:
            counts[ch] += 1
    return {c: n for c, n in counts.items() if n}


message = "Attack at dawn! Meet by the old mill, 7 o'clock."
for shift in (1, 3, 13):
    secret = caesar(message, shift)
    print(f"shift {shift:>2}: {secret}")
    assert caesar(secret, 26 - shift) == message
print("atbash:", atbash(message), "| twice:", atbash(atbash(message)) == message)
print("no punctuation:", strip_punctuation(message))
hist = letter_histogram(message)
top = sorted(hist.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", ", ".join(f"{c}={n}" for c, n in top))
print("digits:", string.digits, "hex:", string.hexdigits, format(255, "x"), format(1234567.891, ",.2f"))
print("widths:", format("left", "<8") + "|", format("right", ">8") + "|", format(42, "08b"))

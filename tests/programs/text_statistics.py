import re
import string
from collections import Counter

TEXT = """\
It is a truth universally acknowledged, that a single man in possession of a good
fortune, must be in want of a wife. However little known the feelings or views of
such a man may be on his first entering a neighbourhood, this truth is so well fixed
in the minds of the surrounding families, that he is considered as the rightful
property of some one or other of their daughters.

"My dear Mr. Bennet," said his lady to him one day, "have you heard that Netherfield
Park is let at last?" Mr. Bennet replied that he had not. "But it is," returned she;
"for Mrs. Long has just been here, and she told me all about it." Mr. Bennet made no
answer. "Do you not want to know who has taken it?" cried his wife impatiently.

"You want to tell me, and I have no objection to hearing it." This was invitation enough.
"""

STOPWORDS = set("a an the of to in is it that and or as be his her he she me i you my on at by for".split())


def sentences(text):
    flat = " ".join(text.split())
    flat = re.sub(r"\b(Mr|Mrs|Dr)\.", r"\1<dot>", flat)
    parts = re.split(r'(?<=[.!?])["\']?\s+', flat)
    return [p.replace("<dot>", ".").strip() for p in parts if p.strip()]


def words(text):
    return re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower())


def syllables(word):
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and count > 1 and not word.endswith("le"):
        count -= 1
    return max(1, count)


paragraphs = [p for p in TEXT.split("\n\n") if p.strip()]
sents = sentences(TEXT)
ws = words(TEXT)
chars = sum(1 for c in TEXT if not c.isspace())
print(f"paragraphs: {len(paragraphs)}  sentences: {len(sents)}  words: {len(ws)}  non-space chars: {chars}")
print(f"lines: {len(TEXT.splitlines())}  unique words: {len(set(ws))}  lexical diversity: {len(set(ws)) / len(ws):.3f}")
print(f"avg word length: {sum(map(len, ws)) / len(ws):.2f}  avg sentence length: {len(ws) / len(sents):.2f} words")

print("\nsentences:")
for i, s in enumerate(sents, 1):
    preview = s if len(s) <= 60 else s[:57] + "..."
    print(f"  {i:>2}. ({len(words(s)):>2} words) {preview}")

freq = Counter(w for w in ws if w not in STOPWORDS)
print("\ntop content words:")
for word, n in freq.most_common(8):
    print(f"  {word:<12} {n:>2} {'▇' * n}")

lengths = Counter(len(w) for w in ws)
print("\nword length distribution:")
for length in sorted(lengths):
    print(f"  {length:>2}: {lengths[length]:>3}")

syl = sum(syllables(w) for w in ws)
flesch = 206.835 - 1.015 * (len(ws) / len(sents)) - 84.6 * (syl / len(ws))
print(f"\nsyllables: {syl}  Flesch reading ease: {flesch:.1f}")
print("longest words:", sorted(set(ws), key=lambda w: (-len(w), w))[:5])
quotes = re.findall(r'"([^"]+)"', TEXT.replace("\n", " "))
print("quoted speech segments:", len(quotes))
for q in quotes[:3]:
    print("   >", q.strip())
names = Counter(re.findall(r"\b(?:Mr|Mrs)\. ([A-Z][a-z]+)", TEXT))
print("named people:", dict(names))
letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
total_letters = sum(letters.values())
print("letter frequencies (top 10):", ", ".join(f"{c}={n / total_letters:.1%}" for c, n in letters.most_common(10)))
print("missing letters:", "".join(sorted(set(string.ascii_lowercase) - set(letters))))
punct = Counter(c for c in TEXT if c in string.punctuation)
print("punctuation:", sorted(punct.items()))
bigrams = Counter(zip(ws, ws[1:]))
print("top bigrams:", [" ".join(b) for b, _ in bigrams.most_common(4)])
capitalized = [w for w in re.findall(r"\b[A-Z][a-z]+\b", TEXT)]
print("capitalized words:", sorted(set(capitalized)))
wrapped, line = [], ""
for w in paragraphs[0].split():
    if len(line) + len(w) + 1 > 40:
        wrapped.append(line)
        line = w
    else:
        line = f"{line} {w}" if line else w
wrapped.append(line)
print("\nfirst paragraph wrapped to 40 columns:")
for l in wrapped:
    print("  |" + l.ljust(40) + "|")

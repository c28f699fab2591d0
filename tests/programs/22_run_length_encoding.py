# Run-length encoding of strings and bitmaps, written as a plain script.

samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "aaabccddddde",
           "abc",
           "",
           "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
           "ééééàà"]

results = []
for text in samples:
    pieces = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        run = j - i
        pieces.append(f"{run}{text[i]}" if run > 1 else text[i])
        i = j
    encoded = "".join(pieces)
    results.append((text, encoded))
    ratio = len(encoded) / len(text) if text else 1.0
    print(f"{len(text):>3} -> {len(encoded):>3} chars ({ratio:.0%}) {encoded!r}")

# decode and verify the round trip
for original, encoded in results:
    decoded = ""
    count = ""
    for ch in encoded:
        if ch.isdigit():
            count += ch
        else:
            decoded += ch * (int(count) if count else 1)
            count = ""
    status = "ok" if decoded == original else "MISMATCH"
    print(status, repr(decoded[:12]))

# run lengths of a tiny bitmap, row by row
bitmap = [
    "0001111000",
    "0011111100",
    "0110000110",
    "0110000110",
    "0011111100",
]
for row in bitmap:
    runs = []
    current = "0"
    length = 0
    for bit in row:
        if bit == current:
            length += 1
        else:
            runs.append(length)
            current = bit
            length = 1
    runs.append(length)
    print(row, runs, sum(runs) == len(row))

longest_run = max(len(s) for s in "0001111000 0011111100".split("0") if s)
print("longest ones:", longest_run)
print("splits:", "0011100".split("0"), "0011100".split("1"))

# Histograms of dictionary values: survey answers, letter frequencies, dice sums.

survey = ["blue", "red", "green", "blue", "blue", "yellow", "red", "green", "blue",
          "purple", "red", "blue", "green", "green", "red", "blue", "orange"]

tally = {}
for color in survey:
    if color in tally:
        tally[color] += 1
    else:
        tally[color] = 1

print("Favourite colours")
longest_name = max(len(c) for c in tally)
for color, count in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
    pct = count / len(survey)
    print(f"{color.ljust(longest_name)} | {'#' * count:<8} {count:>2} ({pct:.1%})")

print()
print("Scaled bars (max width 20):")
biggest = max(tally.values())
for color in sorted(tally):
    width = round(tally[color] / biggest * 20)
    print(f"{color:>8} {'=' * width}")

print()
dice = {}
for a in range(1, 7):
    for b in range(1, 7):
        dice[a + b] = dice.get(a + b, 0) + 1
print("Two-dice sum distribution:")
for total in range(2, 13):
    ways = dice[total]
    print(f"{total:>3}: {'o' * ways:<7}{ways / 36:.3f}")
print("Most likely sum:", max(dice, key=lambda k: dice[k]))

print()
print("Vertical chart of letter counts in 'hello histogram':")
letters = {}
for ch in "hello histogram":
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
keys = sorted(letters)
for level in range(max(letters.values()), 0, -1):
    print("".join("# " if letters[k] >= level else "  " for k in keys))
print(" ".join(keys))

print()
buckets = {"0-9": 0, "10-19": 0, "20-29": 0, "30+": 0}
ages = [3, 15, 22, 37, 8, 19, 25, 41, 29, 12, 55, 9, 21]
for age in ages:
    if age < 10:
        buckets["0-9"] += 1
    elif age < 20:
        buckets["10-19"] += 1
    elif age < 30:
        buckets["20-29"] += 1
    else:
        buckets["30+"] += 1
for label, n in buckets.items():
    print(f"{label:>6}: {'*' * n}")
print("Buckets:", buckets)
print("Total counted:", sum(buckets.values()), "of", len(ages))
inverse = {}
for label, n in buckets.items():
    inverse.setdefault(n, []).append(label)
print("Grouped by count:", sorted(inverse.items()))

# Report helpers: None defaults, recursive permutations, early returns from nested loops, globals.
WIDTH = 20
SEP = "-" * WIDTH
counter = 0

def tick():
    global counter
    counter += 1
    return counter

def flatten(nested, out=None):
    if out is None:
        out = []
    for item in nested:
        out.extend(item)
    return out

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None

def banner(text):
    pad = (WIDTH - len(text)) // 2
    return " " * pad + text

print(SEP)
print(banner("Report"))
print(SEP)
print(flatten([[1, 2], [3], []]), flatten([[4]], [0]))
perms = permutations([1, 2, 3])
print(len(perms), perms[:3])
pair = find_pair([2, 7, 11, 15], 9)
print(pair, find_pair([1, 2], 10))
if pair is not None:
    a, b = pair
    print(f"indices {a} and {b}")
for _ in range(3):
    tick()
print(f"ticks={counter} width={WIDTH}")
text = ""
for r in range(3):
    for c in range(r + 1):
        text += str(c)
    text += "|"
print(text)
while True:
    n = tick()
    if n >= 5:
        break
print(counter)

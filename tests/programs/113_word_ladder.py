# Word ladder: breadth-first search over a small word list, one letter changed per step.

WORDS = """
cold cord card ward warm worm word wore core care dare darn barn bard
cola colt coat boat boot bolt belt melt malt salt halt hale hole pole
pale sale sole cole mole mold bold bald ball bell tell tall toll told
gold goad load lead mead meal deal dead head heal seal sell cell
"""


def load_words(text):
    words = []
    for line in text.strip().splitlines():
        for w in line.split():
            if w not in words:
                words.append(w)
    return sorted(words)


def differ_by_one(a, b):
    if len(a) != len(b):
        return False
    diffs = 0
    for x, y in zip(a, b):
        if x != y:
            diffs += 1
            if diffs > 1:
                return False
    return diffs == 1


def build_links(words):
    links = {w: [] for w in words}
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            if differ_by_one(words[i], words[j]):
                links[words[i]].append(words[j])
                links[words[j]].append(words[i])
    return links


def ladder(start, goal, links):
    if start not in links or goal not in links:
        return None
    parent = {start: ""}
    queue = [start]
    head = 0
    while head < len(queue):
        word = queue[head]
        head += 1
        if word == goal:
            path = []
            while word:
                path.append(word)
                word = parent[word]
            return path[::-1]
        for nxt in sorted(links[word]):
            if nxt not in parent:
                parent[nxt] = word
                queue.append(nxt)
    return None


def changed_positions(path):
    marks = []
    for a, b in zip(path, path[1:]):
        marks.append(sum(i for i in range(len(a)) if a[i] != b[i]))
    return marks


def main():
    words = load_words(WORDS)
    links = build_links(words)
    print(f"{len(words)} words, {sum(len(v) for v in links.values()) // 2} links")
    hubs = sorted(words, key=lambda w: (-len(links[w]), w))[:5]
    print("hubs:", ", ".join(f"{w}({len(links[w])})" for w in hubs))
    loners = [w for w in words if not links[w]]
    print("isolated:", loners if loners else ["none"])
    puzzles = [("cold", "warm"), ("boat", "salt"), ("head", "tall"), ("gold", "lead"), ("cell", "cold"),
               ("word", "word"), ("barn", "sale"), ("cold", "fire")]
    solved = 0
    for start, goal in puzzles:
        path = ladder(start, goal, links)
        if path is None:
            print(f"{start} -> {goal}: no ladder")
            continue
        solved += 1
        steps = len(path) - 1
        print(f"{start} -> {goal}: {steps} step{'s' if steps != 1 else ''}: {' > '.join(path)}")
        print(f"    changed letter positions: {changed_positions(path)}")
    print(f"solved {solved}/{len(puzzles)}")
    seen = {}
    frontier = ["cold"]
    depth = 0
    while frontier and depth < 6:
        for w in frontier:
            seen[w] = depth
        nxt = sorted(set(n for w in frontier for n in links[w] if n not in seen))
        print(f"  depth {depth}: {len(frontier):>2} words {' '.join(frontier[:8])}")
        frontier = nxt
        depth += 1
    print("reached from cold within 5 steps:", len(seen))


if __name__ == "__main__":
    main()

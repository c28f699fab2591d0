# Playlist manager that demonstrates list aliasing and in-place mutation.


def add_tracks(playlist, tracks):
    for t in tracks:
        if t not in playlist:
            playlist.append(t)
    return len(playlist)


def shuffle_deterministic(playlist, step):
    # in-place "perfect shuffle": take every step-th element repeatedly
    n = len(playlist)
    order = []
    for start in range(step):
        order.extend(playlist[start::step])
    if len(order) == n:
        playlist.clear()
        playlist.extend(order)


def remove_short(durations, names, limit):
    i = 0
    removed = 0
    while i < len(durations):
        if durations[i] < limit:
            durations.pop(i)
            names.pop(i)
            removed += 1
        else:
            i += 1
    return removed


def fmt_time(seconds):
    m, s = divmod(seconds, 60)
    return f"{m}:{s:02d}"


def main():
    morning = ["Intro", "Sunrise", "Coffee"]
    favourites = morning
    backup = morning.copy()
    snapshot = morning[:]
    count = add_tracks(favourites, ["Commute", "Sunrise", "Focus"])
    print("count:", count)
    print("morning:", morning)
    print("backup:", backup, "snapshot:", snapshot)
    print("equal to favourites?", morning == favourites, "equal to backup?", morning == backup)

    shuffle_deterministic(morning, 2)
    print("shuffled:", favourites)
    favourites.reverse()
    print("reversed via alias:", morning)
    morning.sort()
    print("sorted:", favourites)

    grid = [[0] * 3] * 2
    grid[0][0] = 9
    print("shared rows:", grid)
    good = [[0] * 3 for _ in range(2)]
    good[0][0] = 9
    print("separate rows:", good)

    names = ["a", "b", "c", "d", "e", "f"]
    durations = [200, 45, 310, 12, 95, 61]
    removed = remove_short(durations, names, 60)
    print("removed", removed, "->", list(zip(names, durations)))
    print([fmt_time(d) for d in durations], fmt_time(sum(durations)))

    queue = ["x", "y"]
    history = [queue, queue]
    queue.append("z")
    print(history, len(history[1]))
    queue = queue + ["w"]
    print(history, queue)
    nums = [3, 1, 2]
    same = nums
    nums += [4]
    print(same)
    nums = nums * 2
    print(same, nums)
    inserted = [1, 2, 3]
    inserted.insert(0, 0)
    inserted.insert(-1, 99)
    inserted.insert(100, 7)
    print(inserted, inserted.index(99), inserted.count(7))
    inserted.remove(99)
    last = inserted.pop()
    first = inserted.pop(0)
    print(inserted, last, first)
    inserted.clear()
    print(inserted, len(inserted))


if __name__ == "__main__":
    main()

# Elevator simulation: one car serving timed requests, with global counters.

FLOORS = 10
DOOR_TIME = 2
MAX_TICKS = 200

total_moves = 0
total_stops = 0

REQUESTS = [
    (0, 0, 7),
    (1, 3, 1),
    (2, 9, 0),
    (4, 5, 6),
    (10, 2, 8),
    (11, 8, 2),
    (15, 6, 6),
    (18, 4, 11),
    (30, 0, 5),
]


def valid(src, dst):
    if src == dst:
        return False
    return 0 <= src < FLOORS and 0 <= dst < FLOORS


def choose_direction(floor, direction, targets):
    if not targets:
        return 0
    above = [t for t in targets if t > floor]
    below = [t for t in targets if t < floor]
    if direction >= 0 and above:
        return 1
    if direction <= 0 and below:
        return -1
    return 1 if above else (-1 if below else 0)


def simulate(requests):
    global total_moves, total_stops
    pending = sorted(requests)
    waiting = []
    riding = []
    done = []
    floor = 0
    direction = 0
    t = 0
    rid = 0
    while (pending or waiting or riding) and t < MAX_TICKS:
        while len(pending) > 0 and pending[0][0] <= t:
            when, src, dst = pending.pop(0)
            rid += 1
            if not valid(src, dst):
                print(f"t={t:>3} request #{rid} {src}->{dst} rejected")
                continue
            waiting.append((rid, src, dst, when))
            print(f"t={t:>3} request #{rid} {src}->{dst} queued (car at {floor})")
        leaving = [r for r in riding if r[1] == floor]
        boarding = [w for w in waiting if w[1] == floor]
        if leaving or boarding:
            total_stops += 1
            for r in leaving:
                done.append((r[0], r[2], t))
                print(f"t={t:>3} floor {floor}: #{r[0]} gets off")
            for w in boarding:
                riding.append((w[0], w[2], w[3]))
                print(f"t={t:>3} floor {floor}: #{w[0]} boards for {w[2]}")
            riding = [r for r in riding if r[1] != floor]
            waiting = [w for w in waiting if w[1] != floor]
            t += DOOR_TIME
            continue
        targets = [r[1] for r in riding] + [w[1] for w in waiting]
        direction = choose_direction(floor, direction, targets)
        if direction != 0:
            floor += direction
            total_moves += 1
        t += 1
    return done, t


def main():
    done, finished_at = simulate(REQUESTS)
    print()
    print(f"All served by t={finished_at}, moves={total_moves}, stops={total_stops}")
    print(f"{'id':>3} {'asked':>6} {'done':>5} {'total':>6}")
    times = []
    for rid, asked, finished in sorted(done):
        times.append(finished - asked)
        print(f"{rid:>3} {asked:>6} {finished:>5} {finished - asked:>6}")
    avg = sum(times) / len(times)
    print(f"average journey {avg:.2f} ticks, worst {max(times)}, best {min(times)}")
    slow = [rid for rid, asked, finished in done if finished - asked > avg]
    print("slower than average:", sorted(slow))
    efficiency = total_moves / finished_at
    print(f"car moving {efficiency:.1%} of the time")


if __name__ == "__main__":
    main()

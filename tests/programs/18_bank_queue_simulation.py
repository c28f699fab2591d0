# Discrete-time simulation of a bank with several tellers.
# Uses a small linear congruential generator so the run is reproducible.

SEED = 12345
TELLERS = 3
MINUTES = 60

state = SEED


def next_rand(limit):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % limit


def simulate(tellers, minutes):
    queue = []
    busy = [0] * tellers
    served = 0
    waits = []
    longest_queue = 0
    for minute in range(minutes):
        arrivals = 1 if next_rand(10) < 6 else 0
        if next_rand(10) == 0:
            arrivals += 2
        for _ in range(arrivals):
            queue.append(minute)
        for t in range(tellers):
            if busy[t] > 0:
                busy[t] -= 1
            if busy[t] == 0 and queue:
                arrived = queue.pop(0)
                waits.append(minute - arrived)
                busy[t] = 2 + next_rand(5)
                served += 1
        longest_queue = max(longest_queue, len(queue))
    return served, waits, longest_queue, len(queue)


def main():
    served, waits, longest, left = simulate(TELLERS, MINUTES)
    print(f"Tellers: {TELLERS}, minutes: {MINUTES}")
    print("Customers served:", served)
    print("Still waiting:", left)
    print("Longest queue:", longest)
    print("Average wait:", round(sum(waits) / len(waits), 3))
    print("Max wait:", max(waits), "Zero-wait customers:", waits.count(0))
    histogram = {}
    for w in waits:
        histogram[w] = histogram.get(w, 0) + 1
    for w in sorted(histogram):
        print(f"  wait {w:>2} min: {'*' * histogram[w]}")
    print("RNG state now:", state)
    for tellers in range(1, 5):
        served2, waits2, longest2, left2 = simulate(tellers, MINUTES)
        avg = sum(waits2) / len(waits2) if waits2 else 0.0
        print(f"{tellers} tellers -> served {served2:>3}, avg wait {avg:6.2f}, queue peak {longest2}")


if __name__ == "__main__":
    main()

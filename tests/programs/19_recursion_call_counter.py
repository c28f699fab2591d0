# Compare naive and memoised recursion by counting calls with a global counter.

calls = 0


def fib_naive(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib_naive(n - 1) + fib_naive(n - 2)


def fib_memo(n, memo):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    if n < 2:
        result = n
    else:
        result = fib_memo(n - 1, memo) + fib_memo(n - 2, memo)
    memo[n] = result
    return result


def ackermann(m, n):
    global calls
    calls += 1
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source, moves)


def reset():
    global calls
    previous = calls
    calls = 0
    return previous


def main():
    print(f"{'n':>3} {'fib':>8} {'naive calls':>12} {'memo calls':>11}")
    for n in [1, 5, 10, 15, 20]:
        reset()
        value = fib_naive(n)
        naive_calls = reset()
        memo = {}
        fib_memo(n, memo)
        memo_calls = reset()
        print(f"{n:>3} {value:>8} {naive_calls:>12} {memo_calls:>11}")
    memo = {}
    print("fib(90) =", fib_memo(90, memo), "using", reset(), "calls")
    print("memo size:", len(memo), "first keys:", list(memo)[:5])
    for m, n in [(0, 0), (1, 2), (2, 3), (3, 3)]:
        result = ackermann(m, n)
        print(f"A({m}, {n}) = {result} in {reset()} calls")
    moves = []
    hanoi(4, "A", "C", "B", moves)
    print("Hanoi(4):", len(moves), "moves")
    print("First three:", moves[:3])
    print("Last:", moves[-1])
    disk_moves = {}
    for disk, _, _ in moves:
        disk_moves[disk] = disk_moves.get(disk, 0) + 1
    print("Moves per disk:", disk_moves)
    print("calls left over:", calls)


if __name__ == "__main__":
    main()

# Fibonacci and factorial done several ways, kept within 64-bit integers.


def fib_iterative(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_recursive(n):
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_memo(n, memo):
    if n in memo:
        return memo[n]
    value = fib_memo(n - 1, memo) + fib_memo(n - 2, memo)
    memo[n] = value
    return value


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def factorial_recursive(n):
    return 1 if n <= 1 else n * factorial_recursive(n - 1)


def trailing_zeros(n):
    count = 0
    while n % 10 == 0 and n > 0:
        count += 1
        n //= 10
    return count


def main():
    print("First 15 Fibonacci numbers:")
    print([fib_iterative(i) for i in range(15)])
    memo = {0: 0, 1: 1}
    for n in [10, 20, 30, 50, 70, 90, 91]:
        a = fib_iterative(n)
        b = fib_memo(n, memo)
        print(f"fib({n:>2}) = {a:>20,} memo agrees: {a == b}")
    print("Recursive fib(20):", fib_recursive(20))
    print("Memo size:", len(memo))

    print()
    fibs = [fib_iterative(i) for i in range(40)]
    evens = [f for f in fibs if f % 2 == 0]
    print("Even Fibonacci numbers under fib(40):", evens)
    print("Sum of even ones below 4 million:", sum(f for f in evens if f < 4000000))
    ratios = [fib_iterative(i + 1) / fib_iterative(i) for i in range(1, 12)]
    print("Ratios approach phi:", [round(r, 4) for r in ratios])

    print()
    print("Factorials:")
    for n in range(0, 21, 4):
        f = factorial(n)
        print(f"{n:>2}! = {f:<22} digits={len(str(f)):>2} zeros={trailing_zeros(f)}")
    print("20! recursive matches:", factorial_recursive(20) == factorial(20))
    print("20! with commas: {:,}".format(factorial(20)))

    digit_sum = sum(int(d) for d in str(factorial(20)))
    print("Digit sum of 20!:", digit_sum)
    n = 1
    while factorial(n) < 10 ** 12:
        n += 1
    print("Smallest n with n! >= 10**12:", n, factorial(n))


if __name__ == "__main__":
    main()

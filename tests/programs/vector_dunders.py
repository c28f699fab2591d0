"""Operator overloading: vectors, money amounts and exact fractions."""
import functools
import math


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"Vector({self.x}, {self.y}, {self.z})"

    def __add__(self, other):
        if isinstance(other, int):
            return Vector(self.x + other, self.y + other, self.z + other)
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Vector(self.x * other, self.y * other, self.z * other)
        return self.x * other.x + self.y * other.y + self.z * other.z

    def __rmul__(self, other):
        return self.__mul__(other)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y and self.z == other.z

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def __abs__(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d})"

    def _value(self, other):
        if isinstance(other, Money):
            return other.cents
        return other * 100

    def __eq__(self, other):
        return self.cents == self._value(other)

    def __lt__(self, other):
        return self.cents < self._value(other)

    def __add__(self, other):
        return Money(self.cents + other.cents)


class Rational:
    def __init__(self, num, den=1):
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self.num = num // g
        self.den = den // g

    @staticmethod
    def _coerce(value):
        if isinstance(value, int):
            return Rational(value, 1)
        return value

    def __repr__(self):
        if self.den == 1:
            return f"{self.num}"
        return f"{self.num}/{self.den}"

    def __add__(self, other):
        other = self._coerce(other)
        return Rational(self.num * other.den + other.num * self.den, self.den * other.den)

    def __sub__(self, other):
        other = self._coerce(other)
        return Rational(self.num * other.den - other.num * self.den, self.den * other.den)

    def __mul__(self, other):
        other = self._coerce(other)
        return Rational(self.num * other.num, self.den * other.den)

    def __truediv__(self, other):
        other = self._coerce(other)
        return Rational(self.num * other.den, self.den * other.num)

    def __eq__(self, other):
        other = self._coerce(other)
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = self._coerce(other)
        return self.num * other.den < other.num * self.den


def vector_demo():
    a = Vector(1, 2, 3)
    b = Vector(4, -5, 6)
    print("a + b =", a + b)
    print("a - b =", a - b)
    print("a + 10 =", a + 10)
    print("a * 3 =", a * 3)
    print("2 * b =", 2 * b)
    print("a * 0.5 =", a * 0.5)
    print("a . b =", a * b)
    print("-a =", -a)
    print("|Vector(3, 4, 12)| =", abs(Vector(3, 4, 12)))
    print("a == Vector(1, 2, 3):", a == Vector(1, 2, 3))
    total = Vector(0, 0, 0)
    for v in [a, b, Vector(1, 1, 1)]:
        total = total + v
    print("sum =", total, "dot with itself =", total * total)


def money_demo():
    wallet = Money(450)
    price = Money(500)
    print(wallet, price, wallet + price)
    print("wallet <= 4:", wallet <= 4)
    print("wallet <= 5:", wallet <= 5)
    print("6 < price:", 6 < price)
    print("price == 5:", price == 5)
    print("wallet > price:", wallet > price)
    print("wallet >= Money(450):", wallet >= Money(450))
    prices = [Money(1299), Money(250), Money(999), Money(5000)]
    prices.sort()
    print("sorted:", prices)
    print("affordable:", [p for p in prices if p <= 10])


def rational_demo():
    half = Rational(1, 2)
    third = Rational(1, 3)
    print("1/2 + 1/3 =", half + third)
    print("1/2 - 1/3 =", half - third)
    print("1/2 * 1/3 =", half * third)
    print("1/2 / 1/3 =", half / third)
    print("1/2 + 1 =", half + 1)
    print("1/2 * 4 =", half * 4)
    print("2/4 == 1/2:", Rational(2, 4) == half)
    print("4/2 == 2:", Rational(4, 2) == 2)
    print("1/3 < 1/2:", third < half, "1/2 < 0:", half < 0)
    harmonic = Rational(0)
    for k in range(1, 7):
        harmonic = harmonic + Rational(1, k)
    print("H(6) =", harmonic)
    print("negative den:", Rational(3, -9))


def main():
    vector_demo()
    money_demo()
    rational_demo()


main()

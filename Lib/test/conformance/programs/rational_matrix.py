# An exact Rational class with full operator overloading, used for Gaussian elimination on small matrices.
class Rational:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        a, b = abs(n), d
        while b:
            a, b = b, a % b
        self.n, self.d = n // (a or 1), d // (a or 1)
    @staticmethod
    def of(x):
        return x if isinstance(x, Rational) else Rational(x)
    def __add__(self, o):
        if not isinstance(o, (int, Rational)):
            return NotImplemented
        o = Rational.of(o)
        return Rational(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __neg__(self):
        return Rational(-self.n, self.d)
    def __sub__(self, o):
        return self + (-Rational.of(o))
    def __rsub__(self, o):
        return Rational.of(o) - self
    def __mul__(self, o):
        if not isinstance(o, (int, Rational)):
            return NotImplemented
        o = Rational.of(o)
        return Rational(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Rational.of(o)
        return Rational(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Rational.of(o) / self
    def __eq__(self, o):
        if isinstance(o, (int, Rational)):
            o = Rational.of(o)
            return self.n == o.n and self.d == o.d
        return NotImplemented
    def __lt__(self, o):
        o = Rational.of(o)
        return self.n * o.d < o.n * self.d
    def __gt__(self, o):
        return Rational.of(o) < self
    def __hash__(self):
        return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __abs__(self):
        return Rational(abs(self.n), self.d)
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}" if self.d == 1 else f"{self.n}/{self.d}"
half = Rational(1, 2)
third = Rational(1, 3)
print(half + third, half - third, half * third, half / third, 1 - half, 2 / third, -half, abs(Rational(-3, 4)))
print(half == Rational(2, 4), half == 0.5, Rational(4, 2) == 2, {Rational(2, 1): "two"}[2], sorted([half, third, Rational(-1, 5), 1]))
print(float(third), sum([Rational(1, k) for k in range(1, 11)]), Rational(6, -4))
try:
    half + 0.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    half / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def solve(matrix, rhs):
    n = len(matrix)
    a = [[Rational.of(v) for v in row] + [Rational.of(r)] for row, r in zip(matrix, rhs)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
        if pivot is None:
            raise ValueError("singular matrix")
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[r][col] != 0:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
    return [a[i][n] / a[i][i] for i in range(n)]
print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
print(solve([[1, 2], [3, 4]], [Rational(1, 2), 7]))
hilbert = [[Rational(1, i + j + 1) for j in range(4)] for i in range(4)]
print(solve(hilbert, [1, 1, 1, 1]))
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print(type(e).__name__, e)

# A Matrix class with @ (matmul), tuple indexing, slicing rows, equality, determinant and integer powers.
class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = rows
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice) or isinstance(c, slice):
                rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
                return Matrix([row[c] if isinstance(c, slice) else [row[c]] for row in rows])
            return self.rows[r][c]
        return self.rows[key]
    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value
    def __iter__(self):
        return iter(tuple(r) for r in self.rows)
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[v * k for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def transpose(self):
        return Matrix(zip(*self.rows))
    def det(self):
        n = self.shape[0]
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** c * self.rows[0][c] * Matrix([r[:c] + r[c + 1:] for r in self.rows[1:]]).det() for c in range(n))
    def __repr__(self):
        width = max(len(repr(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v!r:>{width}}" for v in r) + "]" for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
print(m, m.shape, m[0, 1], m[1], m.transpose(), sep="\n")
print(m @ m, m * 2 == 2 * m, m + m == m * 2, m @ Matrix.identity(2) == m, list(m), sep="\n")
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1], fib.det() == (-1) ** 90)
big = Matrix([[2, -3, 1, 5], [4, 0, -1, 2], [1, 1, 1, 1], [3, -2, 0, 7]])
print(big.det(), big.transpose().det(), (big @ big).det() == big.det() ** 2)
print(big[1:3, 0:2], big[:, 3], sep="\n")
big[0, 0] = 10
print(big.det(), big[0])
for bad in [lambda: m @ Matrix([[1, 2, 3]]), lambda: m + Matrix([[1]]), lambda: Matrix([[1], [2, 3]]), lambda: Matrix([]), lambda: m * m]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
rot = Matrix([[0, -1], [1, 0]])
print(rot ** 4 == Matrix.identity(2), rot ** 2, sep="\n")
print(Matrix([[0.5, 0.25]]) @ Matrix([[2], [4]]), m == [[1, 2], [3, 4]], m != Matrix([[1, 2], [3, 5]]))

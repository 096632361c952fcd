# Chained comparisons evaluate each operand at most once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(1) < v(0) < v(3))
print(v(3) > v(2) == v(2) != v(5))
print(1 < 2 > 1, 1 == 1.0 == True, None is not print is not len, 2 in [2] in [[2]])
print(0 < 0.5 < 1 <= 1 >= 0 > -1, "a" < "b" < "c", (1 < 2) < 3, 1 < (2 < 3))
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  {self.n} < {other.n}")
        return Loud(self.n * 10)
    def __bool__(self):
        print(f"  bool({self.n})")
        return self.n != 0
a, b, c = Loud(1), Loud(2), Loud(3)
r = a < b < c
print("result", r.n)
r = Loud(0) < b < c
print("result", r.n)
x = 5
print(1 < x < 10, 10 < x < 1, not 1 < x < 3, x == 5 == x, 4 < x != 6)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(type(e).__name__, e)
print(0 < 1 < "a" if False else "skipped")
print(None is None is None, [] == [] != [1], (1, 2) < (1, 3) < (2,))
l = []
print(l == [] is not l, 3 not in [1, 2] not in [[1, 2]], 1 in [1] == True)
def gen():
    yield 1
    yield 2
g = gen()
print(next(g) < next(g))

# Concatenation, repetition, augmented assignment aliasing, comparisons and identity shortcuts.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
b *= 2
print(b)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
print([1, 2] * 0, [1] * -1, [None] * 3, 2 * [7], [] * 5)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1.0])
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], l[0] == l[0], nan in l, l.count(nan), l.index(nan))
class Loud:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print(f"  {self.n} == {getattr(other, 'n', other)}")
        return NotImplemented
    def __lt__(self, other):
        print(f"  {self.n} < {other.n}")
        return self.n < other.n
x, y = Loud(1), Loud(2)
print([x, y] == [x, Loud(3)])
print([x, y] < [x, Loud(0)])
print([x] == [x])
for bad in [lambda: [1] + (2,), lambda: [1] * 1.5, lambda: [1] < (1,), lambda: [1] - [1], lambda: [1] * [1]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
l = [1, 2]
l += (3, 4)
l += range(5, 7)
l += {8: "x"}
print(l)
try:
    [0] * (2**62)
except MemoryError as e:
    print(type(e).__name__)
except OverflowError as e:
    print(type(e).__name__, e)
print(list.__add__([1], [2]), list.__mul__([1], 3), list.__rmul__([2], 2), list.__eq__([1], (1,)), list.__lt__([1], 1))

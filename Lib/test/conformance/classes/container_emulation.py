# A sequence class receiving slice objects, negative indexes, and item deletion/assignment.
class Recorder:
    def __getitem__(self, key):
        return ("get", key)
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
r = Recorder()
print(r[1], r[-1], r[1:2], r[::2], r[1:2, 3], r[...], r[:, None], r["k"], r[()], r[1:2:3, ...])
r[0] = "a"
r[1:3] = [1, 2]
r[::-1] = "x"
r[1, 2] = 3
del r[5]
del r[:2]
del r[1:2, ::3]
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            if isinstance(i, slice):
                return [row[j] for row in self.rows[i]]
            return self.rows[i][j]
        return self.rows[key]
    def __len__(self):
        return len(self.rows)
    def __contains__(self, v):
        return any(v in row for row in self.rows)
m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[1, 2], m[0], m[:, 1], m[::2, 0], m[-1, -1], 5 in m, 10 in m, len(m), list(m))
class NoGet:
    pass
for call in [lambda: NoGet()[0], lambda: NoGet().__setitem__, lambda: (lambda five: five[0])(5)]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    n = NoGet()
    n[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoGet()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    tup = (1, 2)
    tup[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5), slice(5).stop, slice(1, 2).step, repr(slice(None, None, None)))
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice("a", "b").start)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
class Map:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
m2 = Map()
m2["a"] = 1
m2["a"] += 10
print(m2["a"])
try:
    m2["missing"]
except KeyError as e:
    print(type(e).__name__, e)

# Sort is stable, key is called once per item, reverse keeps stability, mixed types raise.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0]), sorted(data))
calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([3, 1, 2], key=key), calls)
for bad in ([1, "a"], [None, None], [1, 2j], [{}, {}], [[1], ["a"]]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([[1], ["a"]] if False else [[1, 2], [1], [0, 5]]), sorted([(1, "b"), (1, "a")]), sorted([{1}, {1, 2}, {0}]))
l = [5, 3, 1, 4]
def bad_key(v):
    l.append(v)
    return v
try:
    l.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(l)
class Cmp:
    count = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Cmp.count += 1
        return self.v < other.v
    def __repr__(self):
        return f"C{self.v}"
objs = [Cmp(v) for v in [4, 2, 5, 1, 3]]
print(sorted(objs), Cmp.count > 0)
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
print(sorted("hello world"), sorted({3: "c", 1: "a"}), sorted((2, 1)), sorted(range(5, 0, -1)))
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A", "a", "B"], key=str.lower, reverse=True))
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda a: a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].sort(reverse=None)
    print("none ok")
except TypeError as e:
    print(type(e).__name__, e)
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], s == sorted(big, key=lambda v: v), sorted(big, reverse=True)[:3])
print(sorted([0.0, -0.0, 0]), sorted([-0.0, 0.0]), sorted([True, 1, 1.0]), sorted([1.0, True, 1]))

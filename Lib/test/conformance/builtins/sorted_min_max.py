# sorted/min/max with key, default and reverse; ties keep the first; error messages.
words = ["pear", "Fig", "apple", "kiwi", "banana", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len), min(words, key=lambda w: w[-1]))
print(max([3, 1, 3.0, 2]), max([3.0, 1, 3]), min([1, True, 1.0]), min([True, 1]), max("b", "a", "c"))
print(min([], default="empty"), max([], default=None), min([5], default=0), max((), key=len, default=-1))
print(max(1, 2, key=lambda v: -v), min(range(10), key=lambda v: (v % 3, -v)))
print(max([[1, 2], [1, 3], [0, 9]]), min({"b": 1, "a": 2}), max({"b": 1, "a": 2}, key=lambda k: {"b": 1, "a": 2}[k]))
ties = [("a", 1), ("b", 2), ("c", 2), ("d", 1)]
print(max(ties, key=lambda t: t[1]), min(ties, key=lambda t: t[1]))
for bad in [lambda: max([]), lambda: min(()), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0),
            lambda: max([1, "a"]), lambda: min([None, None]), lambda: max([1], key=1), lambda: sorted([1], cmp=None),
            lambda: max([1, 2], foo=1), lambda: min(iter([]))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
calls = []
def k(v):
    calls.append(v)
    return v
max([3, 1, 2], key=k)
print(calls)
nan = float("nan")
print(max([nan, 1, 2]), max([1, nan, 2]), min([2, nan, 1]), sorted([3, 1, 2]) == [1, 2, 3])
print(sorted((3, 2, 1)), sorted("cba"), sorted({3: 1, 1: 2}), sorted(x for x in [2, 1]), sorted([], reverse=True))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"V{self.v}"
print(max([V(1), V(3), V(2)]), min([V(1), V(3), V(2)]), sorted([V(2), V(1)]))
class GtOnly:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"G{self.v}"
print(max([GtOnly(1), GtOnly(5), GtOnly(2)]), min([GtOnly(4), GtOnly(1)]))
l = [5, 2, 8]
s = sorted(l)
print(s is l, l, s, max(range(3, 0, -1)), max(b"abc"), min("hello world".split(), key=len))

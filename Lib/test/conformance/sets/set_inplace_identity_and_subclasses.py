# In-place set operators mutate the left operand; frozenset in-place operators rebind; subclass results.
s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {9}
print(sorted(s), alias is s)
f = frozenset({1, 2})
falias = f
f |= {3}
print(sorted(f), sorted(falias), f is falias, type(f).__name__)
try:
    s |= [1]
except TypeError as e:
    print(type(e).__name__, e)
s.update([10], range(2))
print(sorted(s))
class Tracked(set):
    def add(self, v):
        print("  Tracked.add", v)
        super().add(v)
t = Tracked([1])
t.add(2)
t |= {3}
t.update([4])
print(sorted(t), type(t).__name__, type(t | {5}).__name__, type(t - {1}).__name__)
print(type(t.copy()).__name__, type(t.union()).__name__, type(frozenset(t)).__name__)
class FS(frozenset):
    def __new__(cls, items):
        print("  FS.__new__")
        return super().__new__(cls, items)
fs = FS([3, 1])
print(sorted(fs), type(fs | {2}).__name__, type(fs.copy()).__name__, fs.copy() is fs, hash(fs) == hash(frozenset({1, 3})))
a = {1, 2}
b = a
a = a | {3}
print(sorted(a), sorted(b), a is b)
x = {"a"}
print(x.__ior__({"b"}) is x, sorted(x), x.__iand__(frozenset("b")) is x, x)
print(x.__or__([1]), x.__ror__({"z"}) == {"z", "b"}, x.__sub__(5))
try:
    x.__ior__([1])
    print("ior list accepted?")
except TypeError as e:
    print(type(e).__name__, e)

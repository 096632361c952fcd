# Set algebra with operators and methods; results printed sorted for determinism.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9], "")), sorted(a.intersection(b, range(4))), sorted(a.difference([1], (2,))), sorted(a.symmetric_difference([4, 10])))
for bad in [lambda: a | [1], lambda: a & (1,), lambda: a - "x", lambda: a ^ None, lambda: a + b, lambda: a * 2]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
c = set(a)
c |= b
c -= {1}
c &= {2, 3, 5, 7}
c ^= {7, 11}
print(sorted(c))
c.update([100], (200,))
c.intersection_update(range(150), [100, 2, 3, 5])
c.difference_update({5})
c.symmetric_difference_update({3, 4})
print(sorted(c))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > b, {3, 4} <= b, a == {4, 3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
fs = frozenset(a)
print(type(fs | b).__name__, type(b | fs).__name__, type(fs & b).__name__, type(b - fs).__name__, sorted(fs ^ b))
print(fs == a, a == fs, {fs: 1}[frozenset(a)], fs in {frozenset([1, 2, 3, 4])})
print({1, 2} in [{2, 1}], {1, 2} == frozenset({1, 2}), set() == frozenset())
strs = {"pear", "apple", "fig"}
print(sorted(strs | {"kiwi"}), sorted(strs, key=len), len(strs & {"fig", "date"}))
print(sorted({x % 3 for x in range(10)}), sorted(set("mississippi")), sorted(set([1, 1.0, True, 2])))
print(sorted({0, 0.0, -0.0, False}), len({0, 0.0, -0.0, False}), {float("nan"), float("nan")} != set())
print(sorted(set(range(5)) - set(range(0, 5, 2))), sorted({-1, -2} | {1}), set() | set(), repr(set()), repr(frozenset()))

# index/count with start/stop bounds (including negatives and huge values), insert positions, reverse/sort return None.
l = ["a", "b", "c", "a", "b", "a"]
print(l.index("a"), l.index("a", 1), l.index("a", -3), l.index("b", 2, 5), l.index("a", -100, 100), l.count("a"), l.count("z"))
for args in [("a", 6), ("c", 3), ("b", -1), ("a", 1, 3), ("a", 2**70), ("z",)]:
    try:
        print(args, l.index(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
try:
    l.index("a", "1")
except TypeError as e:
    print(type(e).__name__, e)
print(l.index("a", True), l.index("a", -2**70))
x = [1, 2, 3]
for pos in (0, 1, -1, -2, 100, -100, 3):
    y = list(x)
    y.insert(pos, "X")
    print(pos, y)
print(x.reverse(), x, x.sort(), x, sorted(x) is not x, x.append(4), x.extend([]), x.clear(), x)
z = [3, 1, 2]
r = z.sort(reverse=True)
print(r, z, z.sort(key=lambda v: -v), z)
print([1, 1.0, True].count(1), [[1], [1]].count([1]), [None, None].count(None), [float("nan")].count(float("nan")))
print(list(range(10))[-3:], list(range(10))[:-3], list(range(10))[-100:2], list(range(10))[8:100])
m = list(range(5))
print(m[len(m):], m[-len(m)], m[-1], m[::-2], m[3:0:-1], m[-1:-4:-1])
try:
    m[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    m[-6]
except IndexError as e:
    print(type(e).__name__, e)
m[-1] = "last"
m[0] = "first"
print(m, m.pop(-2), m.pop(1), m)

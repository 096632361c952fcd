# list methods and their error messages.
l = [3, 1, 4, 1, 5]
l.append(9)
l.extend((2, 6))
l.extend(x * 10 for x in range(2))
l.insert(0, "first")
l.insert(-1, "before-last")
l.insert(100, "end")
l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
print(l.index(1), l.index(1, 3), l.count(1), l.count("zz"))
l.remove(1)
print(l)
for bad in [lambda: l.index(99), lambda: l.index(1, 0, 1), lambda: l.remove(99), lambda: [].pop(), lambda: l.pop(50),
            lambda: l.insert(), lambda: l.append(1, 2), lambda: l.extend(5), lambda: l.pop("0"), lambda: l.index()]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
m = l.copy()
m.reverse()
print(m, l, m is l)
m.clear()
print(m, len(m))
nums = [5, -3, 2, -8, 0]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), nums.sort() or nums)
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  eq called", self.v, other)
        return self.v == other
    def __repr__(self):
        return f"Eq({self.v})"
items = [Eq(1), Eq(2), Eq(3)]
print(items.index(2), items.count(3), 3 in items)
items.remove(2)
print(items)
x = []
x.append(x)
print(x, x.count(x), x.index(x))
l = [1, 2, 3]
l += "ab"
print(l)
try:
    l = l + "cd"
except TypeError as e:
    print(type(e).__name__, e)
print(list.__len__([1, 2]), list.__getitem__([7, 8], -1), list.__contains__([1], 1.0), [].__iadd__([1]))

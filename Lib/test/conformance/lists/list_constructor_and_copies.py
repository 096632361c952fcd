# list() from various iterables, shallow copies, copy identity, and aliasing in nested structures.
print(list(), list("abc"), list((1, 2)), list({"b": 1, "a": 2}), list(range(3)), list(x * 2 for x in range(3)), list(b"hi"))
print(list({"k": 1}.items()), list(map(str, [1, 2])), list(reversed("ab")), list(enumerate("xy")), list(zip("ab", "cd")))
orig = [[1, 2], [3, 4]]
copies = [orig[:], list(orig), orig.copy(), [*orig], [x for x in orig]]
orig[0].append(99)
orig.append([5])
for c in copies:
    print(c, c is orig, c[0] is orig[0])
deep = [row[:] for row in orig]
orig[1][0] = "changed"
print(orig, deep)
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
c = b
c += [5]
print(b, c is b)
class Iterable:
    def __iter__(self):
        return iter([10, 20])
    def __len__(self):
        raise AssertionError("len should not be required")
try:
    print(list(Iterable()))
except AssertionError as e:
    print("list() called __len__:", e)
class HintOnly:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        return 5
print(list(HintOnly()))
l = [0] * 3
l2 = [l] * 2
l2[0][0] = "shared"
print(l2)
m = [[]] * 3
m[0].append(1)
print(m, [id(x) == id(m[0]) for x in m])
l = list(range(10))
l[2:5] = l[5:8]
print(l)
lst = [1, 2, 3]
lst.__init__([9])
print(lst)
lst.__init__()
print(lst)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(None)
except TypeError as e:
    print(type(e).__name__, e)
print(list.__new__(list) == [], type(list.__new__(list)).__name__, [] is not [], list([]) == [])

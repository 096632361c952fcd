# Slice assignment and deletion on lists, including extended slices and negative steps.
def fresh():
    return list(range(10))
cases = [
    (slice(2, 5), ["a"]), (slice(2, 5), []), (slice(2, 2), ["x", "y"]), (slice(-2, None), "AB"), (slice(None, None, 2), "abcde"),
    (slice(None, None, -3), "wxyz"), (slice(8, 2, -2), (1, 2, 3)), (slice(100, 200), [7]), (slice(-100, 1), [7, 7]),
    (slice(5, 2), ["q"]), (slice(None), range(3)),
]
for sl, val in cases:
    l = fresh()
    l[sl] = val
    print(sl, l)
for sl, val in [(slice(None, None, 2), "ab"), (slice(1, 2, -1), "x"), (slice(None, None, -1), [])]:
    l = fresh()
    try:
        l[sl] = val
        print(sl, l)
    except ValueError as e:
        print(sl, type(e).__name__, e)
try:
    l = fresh()
    l[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
for sl in [slice(2, 5), slice(None, None, 2), slice(None, None, -2), slice(-3, None), slice(8, 1, -3), slice(5, 2), slice(None, None, -1)]:
    l = fresh()
    del l[sl]
    print("del", sl, l)
l = fresh()
l[3:6] = l
print(l)
l = [1, 2, 3]
l[:] = l[::-1]
print(l)
l[len(l):] = [4, 5]
l[:0] = [0]
print(l)
l = fresh()
del l[-1], l[0]
print(l)
for bad in (10, -11):
    try:
        del l[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    l[20] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    l["a":"b"] = []
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 1
l = fresh()
l[Idx():Idx() * 1 if False else 3] = ["I"]
print(l, l[Idx()], l[Idx():])

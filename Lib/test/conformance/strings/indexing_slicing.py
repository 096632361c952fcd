# Indexing and slicing of str, including negative steps, out-of-range bounds and errors.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-10])
for i in (10, -11, 2**70):
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
slices = [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, 2), (1, None, 3),
          (None, None, -1), (8, 2, -2), (-1, -11, -3), (2, 8, -1), (100, -100, -1), (-100, 100, 1), (5, 5, 1),
          (9, None, -4), (None, 0, -1), (0, None, -1), (3, -3, 2), (2**65, None, -1)]
for a, b, c in slices:
    print((a, b, c), repr(s[a:b:c]), repr(s[slice(a, b, c)]))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2
print(s[I()], s[I():5], s[:I()], s[True], s[False:True])
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__, e)
u = "h😀llo wörld"
print(len(u), u[1], u[::-1], u[1:3], u[-5:], ord(u[1]), u.encode()[1:5])
print(slice(1, 2), slice(None), slice(1, None, -1), slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(7), slice(3, 1).indices(10), slice(1, 2) == slice(1, 2), slice(1, 2, 3).start)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)

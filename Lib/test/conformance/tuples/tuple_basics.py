# Tuples: literal forms, immutability (with mutable contents), comparisons, hashing, methods.
t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], (), (1,), 1,)
x = 1, 2
y = (1)
print(x, y, type(y).__name__, tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[3] += [5]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), (1, 2) == (1, 2.0))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, "a") < (1, "b"), (1, 2) == [1, 2])
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2), (1, 2) * 0, (1,) * -1)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
u = (1, 2, 1, 3, 1)
print(u.count(1), u.index(1), u.index(1, 1), u.index(3, -2))
try:
    u.index(4)
except ValueError as e:
    print(type(e).__name__, e)
for bad in (5, -6):
    try:
        u[bad]
    except IndexError as e:
        print(type(e).__name__, e)
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print(tuple(a) is a, a[:] is a, a[0:3] is a, tuple([1]) == (1,))
print(repr((1,)), repr(("a",)), str(("a", "b")), repr(((1,),)))
print(1 in u, 9 in u, (1, 2) in [(1, 2)], [1] in ([1],))
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, w)) = nested
print(p, q, r, s, w)
class T(tuple):
    pass
tt = T((1, 2))
print(tt, type(tt).__name__, type(tt + (3,)).__name__, type(tt[:]).__name__, tt == (1, 2), isinstance(tt, tuple))
print(T.__mro__, tuple.__len__((1, 2)), tuple.__getitem__((1, 2), 0))

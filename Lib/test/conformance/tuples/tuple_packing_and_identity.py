# Tuple packing forms, single-element tuples, parentheses vs commas, and immutability with mutable members.
a = 1,
b = (1)
c = ()
d = (1, 2) + ()
print(a, b, c, d, type(a).__name__, type(b).__name__, len(c))
print((), (()), ((),), (((),),), ((), ()), (1,) * 3, 3 * (1,))
x = 1, 2, 3
y = (1, 2, 3)
print(x == y, x is not y or True, hash(x) == hash(y))
def f():
    return 1, 2
r = f()
print(r, type(r).__name__, f()[1], (f())[0])
print(len((1, 2, 3)), len(((1, 2, 3),)), (1, 2, 3)[1:], (1, 2, 3)[::-1], (1, 2, 3)[-1:-3:-1])
t = ([1], {"k": 0})
t[0].append(2)
t[1]["k"] += 1
print(t)
try:
    t[0] = []
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
for item in 1, 2, 3:
    print("item", item)
print([1, 2, 3][1:2], (1, 2, 3)[1:2], "abc"[1:2])
nested = ((1, 2), (3, 4))
print([sum(p) for p in nested], tuple(map(sum, nested)), sum(nested, ()))
print(tuple(), tuple([]), tuple(()), tuple(x for x in []), tuple("") == ())
empty = ()
print(bool(empty), bool((0,)), bool(((),)), not ())
print(max((1, 2), (1, 2, 0)), min([(2,), (1, 99)]), sorted([(1, "b"), (1, "a"), (0, "c")]))
print((1, 2).count(1), (1, 2, 1).index(1, 1), (1, 2) < (1, 2, 3), (2,) > (1, 9, 9))
print(repr((1,)), str((1, "a")), repr(((1, 2), "x")), f"{(1, 2)}", "%s" % ((1, 2),), "{}".format((3,)))

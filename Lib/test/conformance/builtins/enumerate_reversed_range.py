# enumerate with start, reversed over sequences, and range objects in depth.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 3)))
print(list(enumerate("xy", 2**70)), list(enumerate(range(2), True)))
e = enumerate(["p", "q"])
print(next(e), list(e), type(e).__name__)
try:
    enumerate("a", 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed(b"ab")))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], 8 in r, 9 in r, r.index(11), r.count(5), r.start, r.stop, r.step)
print(range(5), range(0, 5), range(0, 5, 1), range(5, 0, -2), list(range(5, 0, -2)), list(range(0)), list(range(3, 3)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(1, 2) == range(1, 3, 5), hash(range(0)) == hash(range(4, 4)))
print(len(range(-5, 5, 3)), list(range(-5, 5, 3)), range(10**20)[10**19], range(0, 10**20, 7)[-1])
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
for args in [(1.0,), ("1",), (1, 2, 0), (None,)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(3.0 in range(5), 3.5 in range(5), True in range(2), "a" in range(3))
big = range(0, 2**64, 2**32)
print(len(big), big[-1], 2**63 in big, (2**63 + 1) in big, big.index(2**40))
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2**64)[-1], range(10)[-3:], range(10)[::-3], range(5)[10:], range(-3, 3)[::-1][1])
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(1, I())), range(10)[I()])
it = iter(range(3))
print(next(it), it.__length_hint__(), type(it).__name__, list(it))
print(sum(range(101)), max(range(7)), sorted(range(3), reverse=True), tuple(range(-1, -4, -1)))

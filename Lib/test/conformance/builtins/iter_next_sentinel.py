# iter(callable, sentinel), next with default, and iterator exhaustion behaviour.
values = iter([3, 2, 1, 0, 5, 6])
def read():
    v = next(values)
    print("  read", v)
    return v
print(list(iter(read, 0)))
print(next(values), next(values))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
it = iter(c, 4)
print(type(it).__name__, list(it), list(it), c.n)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter([], 1)
except TypeError as e:
    print(type(e).__name__, e)
e = iter([])
print(next(e, "default"), next(e, None), next(iter("a"), "unused"))
try:
    next(e)
except StopIteration as s:
    print(type(s).__name__, repr(s.value), s.args)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
def raiser():
    raise StopIteration("stops sentinel iteration")
print(list(iter(raiser, None)))
class EqSentinel:
    def __eq__(self, other):
        print("  sentinel compared with", other)
        return other == 2
calls = iter([1, 2, 3])
print(list(iter(lambda: next(calls), EqSentinel())))
l = [1, 2]
i1, i2 = iter(l), iter(l)
print(next(i1), next(i1), next(i2), iter(i1) is i1)
d = {"a": 1, "b": 2}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())), next(iter("xyz")), next(iter(b"z")))
s = iter({1})
print(next(s), next(s, "end"))
print(list(iter(iter([1, 2]))), next(reversed([5, 6])))
t = iter((1, 2, 3))
print(t.__length_hint__(), next(t), t.__length_hint__(), type(t).__name__, type(iter("")).__name__, type(iter({})).__name__)
class OldSeq:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError
it = iter(OldSeq())
print(type(it).__name__, list(it), next(it, "done"))

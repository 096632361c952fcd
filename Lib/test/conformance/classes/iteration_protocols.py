# __iter__/__next__, the __getitem__ sequence fallback, __contains__ fallback, and __reversed__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), 2 in Countdown(3), 5 in Countdown(3))
c = Countdown(2)
print(list(c), list(c))
class Seq:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()))
print(20 in Seq())
print(list(reversed([1, 2])), iter(Seq()).__class__.__name__)
try:
    reversed(Seq())
except TypeError as e:
    print(type(e).__name__, e)
class SeqLen(Seq):
    def __len__(self):
        return 3
print(list(reversed(SeqLen())))
class Contains:
    def __contains__(self, x):
        print("  contains", x)
        return x == "yes"
    def __iter__(self):
        raise AssertionError("not used")
print("yes" in Contains(), "no" not in Contains(), 1 in Contains())
class ContainsTruthy:
    def __contains__(self, x):
        return [x]
print(3 in ContainsTruthy(), type(3 in ContainsTruthy()).__name__)
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NotIter:
    pass
for call in [lambda: iter(NotIter()), lambda: list(NotIter()), lambda: 1 in NotIter(), lambda: [*NotIter()], lambda: next(NotIter())]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
class StopEarly:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise StopIteration("value ignored")
        return self.i
for v in StopEarly():
    print("v", v)
class KeyErrorSeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorSeq())
except KeyError as e:
    print(type(e).__name__, e)
it = iter(Seq())
print(next(it), next(it), next(it), next(it, "exhausted"))
a, b, c = SeqLen()
print(a, b, c, max(SeqLen()), sorted(Seq(), reverse=True), sum(Seq()))

# functools: reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key, singledispatch, cached_property.
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key, singledispatch, cached_property
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], "init"), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
pow2 = partial(pow, 2)
print(pow2(10), pow2.func is pow, pow2.args, pow2.keywords, partial(int, base=16)("ff"))
p2 = partial(partial(print, "a"), "b", sep="-")
p2("c")
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("  computing", x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info())
def deco(f):
    @wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def documented():
    "docstring kept"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(0, 9)]
print(sorted(vs), Version(1, 2) >= Version(1, 1), Version(1, 2) <= Version(1, 2), max(vs))
def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(cmp)))
@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe(True), describe([1, 2]), describe("s"), describe(2.5))
class Data:
    def __init__(self):
        self.calls = 0
    @cached_property
    def expensive(self):
        self.calls += 1
        return "computed"
dt = Data()
print(dt.expensive, dt.expensive, dt.calls, "expensive" in vars(dt))

# Calls with multiple * and ** unpackings, duplicate keyword errors, and non-iterable errors.
def show(*args, **kwargs):
    return args, sorted(kwargs.items())
print(show(*[1, 2], *(3,), *"ab", *range(2)))
print(show(**{"a": 1}, **{"b": 2}, c=3))
print(show(0, *[1], 2, *[3], k=1, **{"j": 2}))
print(show(*{"x": 1}, *{5}))
for bad in [lambda: show(**{"a": 1}, **{"a": 2}), lambda: show(a=1, **{"a": 2}), lambda: show(*5),
            lambda: show(**[1]), lambda: show(*None), lambda: show(**{"a": 1}, a=3)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError
print(show(*Seq()))
class Mapping:
    def keys(self):
        return iter(["m", "n"])
    def __getitem__(self, k):
        return k.upper()
print(show(**Mapping()))
def gen():
    print("gen starts")
    yield 1
    yield 2
print(show(*gen()))
def pos(a, b, c):
    return a * 100 + b * 10 + c
args = (1, 2, 3)
print(pos(*args), pos(1, *args[1:]), pos(*args[:1], 2, 3), pos(c=3, *args[:2]))
try:
    pos(*args, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos(1, *(2,), b=5)
except TypeError as e:
    print(type(e).__name__, e)
print(max(*[3, 1, 2]), min(*"zyx"), print(*[], sep="-"), print(*["x", "y"], sep="-"))
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
try:
    show(**BadKeys())
except TypeError as e:
    print(type(e).__name__, e)
first, *rest = show(*range(4))[0]
print(first, rest)

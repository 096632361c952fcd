# Default values are evaluated once at definition time; mutable defaults are shared.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
counter = 0
def next_id():
    global counter
    counter += 1
    print("computing default", counter)
    return counter
def f(a=next_id(), b=next_id()):
    return a, b
print(f(), f(), f(b=10))
def g(x, items=None):
    if items is None:
        items = []
    items.append(x)
    return items
print(g(1), g(2))
def h(a, b=2, *, c=3, d):
    return a, b, c, d
print(h.__defaults__, h.__kwdefaults__, h(1, d=4), h(1, 5, c=6, d=7))
h.__defaults__ = (20,)
h.__kwdefaults__ = {"c": 30, "d": 40}
print(h(1), h.__kwdefaults__)
h.__defaults__ = None
try:
    h(1)
except TypeError as e:
    print(type(e).__name__, e)
def k(x, cache={}):
    if x in cache:
        return "cached " + cache[x]
    cache[x] = str(x * x)
    return cache[x]
print(k(3), k(3), k(4), sorted(k.__defaults__[0].items()))
x = 10
def uses_global_default(v=x):
    return v
x = 20
print(uses_global_default())
funcs = []
for i in range(3):
    def capture(i=i):
        return i
    funcs.append(capture)
print([fn() for fn in funcs])
def early(a=[]):
    return a
early().append("mutated")
print(early(), early() is early.__defaults__[0])
try:
    def bad(a=1 / 0):
        pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class C:
    def m(self, d={}):
        return d
print(C().m() is C().m(), C.m.__defaults__)

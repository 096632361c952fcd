# Positional-only, keyword-only, *args, **kwargs and the exact TypeError messages of bad calls.
def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, f=7))
calls = [
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(a=1, b=2, c=3, e=5),
    lambda: f(1, 2, 3, 4, 5, e=5),
    lambda: f(1, 2, 3, e=5, g=1),
    lambda: f(1, 2, 3, c=3, e=5),
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, e=1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
def g(x, *args, y, **kwargs):
    return x, args, y, sorted(kwargs.items())
print(g(1, 2, 3, y=4, z=5, w=6), g(x=1, y=2), g(*[1, 2], **{"y": 3, "q": 4}))
for c in [lambda: g(1), lambda: g(1, 2, x=3, y=4), lambda: g(y=1), lambda: g(1, y=2, **{"y": 3})]:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
def h(a, b=2):
    return a, b
for c in [lambda: h(), lambda: h(1, 2, 3), lambda: h(1, c=3), lambda: h(1, a=2), lambda: h(b=1)]:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
def no_args():
    return "ok"
for c in [lambda: no_args(1), lambda: no_args(x=1), lambda: no_args(1, 2)]:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
def kwonly(*, a, b, c):
    return a
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly(a=1)
except TypeError as e:
    print(type(e).__name__, e)
def posonly(a, b, /):
    return a + b
try:
    posonly(1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def meth(self, x):
        return x
try:
    K().meth()
except TypeError as e:
    print(type(e).__name__, e)
try:
    K().meth(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    K.meth(1)
except TypeError as e:
    print(type(e).__name__, e)
def pk(a, /, **kw):
    return a, kw
print(pk(1, a=2))

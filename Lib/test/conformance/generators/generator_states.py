# Generator attributes and states: gi_running, gi_frame, gi_suspended, re-entrancy error, names.
def gen():
    print("running inside:", g.gi_running)
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_suspended, g.__name__, g.__qualname__)
print(next(g), g.gi_suspended, g.gi_frame.f_lineno > 0)
print(next(g), list(g), g.gi_frame, g.gi_suspended)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
class Outer:
    def method(self):
        yield self
print(Outer().method().__qualname__, type(Outer().method()).__name__)
g2 = gen()
g2.__name__ = "renamed"
print(g2.__name__, repr(g2).startswith("<generator object gen at"))
def code_check():
    yield
print(code_check().gi_code is code_check.__code__, code_check().gi_yieldfrom)
def delegating():
    yield from code_check()
d = delegating()
next(d)
print(type(d.gi_yieldfrom).__name__)
def counter():
    i = 0
    while True:
        i += 1
        yield i
c = counter()
print([next(c) for _ in range(5)], next(c))
print(iter(c) is c, hasattr(c, "__next__"), hasattr(c, "send"), hasattr(c, "__len__"))
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c[0]
except TypeError as e:
    print(type(e).__name__, e)
def empty():
    return
    yield
print(list(empty()), list(empty()))
def yields_expr():
    x = yield
    y = yield x
    yield (x, y)
ye = yields_expr()
print(next(ye), ye.send("a"), ye.send("b"))
def locals_visible():
    a = 1
    yield
    b = 2
    yield
lv = locals_visible()
next(lv)
print(sorted(lv.gi_frame.f_locals))
next(lv)
print(sorted(lv.gi_frame.f_locals))

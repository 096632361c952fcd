# Generator expressions are lazy, evaluate the first iterable eagerly, and have their own scope.
def src(label, items):
    print("creating iterable", label)
    return items
def check(x):
    print("check", x)
    return x % 2 == 0
g = (x * 10 for x in src("outer", [1, 2, 3, 4]) if check(x))
print("genexp created")
print(next(g))
print(list(g))
try:
    (y for y in 5)
except TypeError as e:
    print(type(e).__name__, e)
ge = (a + b for a in src("A", [1, 2]) for b in src("B", [10, 20]))
print("second loop not yet created")
print(list(ge))
x = "outer x"
g = (x for _ in range(2))
x = "changed before consumption"
print(list(g))
vals = [1, 2, 3]
g = (v for v in vals)
vals = [7, 8, 9]
print(list(g))
print(sum(i * i for i in range(10)), max(len(w) for w in ["a", "abc", "ab"]), "".join(c.upper() for c in "xyz"))
print(any(check(n) for n in [1, 3, 4, 5, 6]))
print(all(check(n) for n in [2, 4, 5, 6]))
g = (i for i in range(3))
print(type(g).__name__, g.__name__, list(g), list(g))
class C:
    items = [1, 2]
    gen = list(i * 2 for i in items)
print(C.gen)
try:
    class D:
        factor = 3
        scaled = list(i * factor for i in range(2))
except NameError as e:
    print(type(e).__name__, e)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
squares = (n * n for n in range(5))
evens = (s for s in squares if s % 2 == 0)
print(list(evens), list(squares))
g = (i for i in range(3))
g.close()
print(list(g))
g = (1 / i for i in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(g))
print(list((yielded for yielded in range(2))), tuple(str(i) for i in range(3)), set(i % 2 for i in range(5)) == {0, 1})
def f(*args):
    return args
print(f(i for i in "ab") [0].__class__.__name__, sorted((i for i in [3, 1, 2]), reverse=True))

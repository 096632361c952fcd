# Closures capture variables (cells), not values: late binding, shared cells, cell contents.
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get())
print(inc.__closure__[0].cell_contents, get.__code__.co_freevars, make_counter.__code__.co_cellvars)
def late():
    fs = []
    for n in range(3):
        def show():
            return n
        fs.append(show)
    n = "changed"
    return [f() for f in fs]
print(late())
def outer():
    x = "before"
    def inner():
        return x
    x = "after"
    return inner
print(outer()())
def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(unbound())
def shadow():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            return v
        return inner
    return mid()()
print(shadow())
def adders():
    return [lambda x, k=k: x + k for k in range(3)], [lambda x: x + k for k in range(3)]
a, b = adders()
print([f(10) for f in a], [f(10) for f in b])
def cell_del():
    z = 1
    def read():
        return z
    del z
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
cell_del()
def make():
    def f():
        return f
    return f
g = make()
print(g() is g, g.__closure__ is not None, len(g.__closure__))
x = "global"
def reads_global():
    return x
def closure_over_param(x):
    return lambda: x
print(reads_global(), closure_over_param("param")())

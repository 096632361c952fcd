# Cell objects: closures share cells, cell_contents can be read and written, empty cells raise ValueError.
def make():
    x = 1
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = make()
cell = get.__closure__[0]
print(type(cell).__name__, cell.cell_contents, get.__closure__[0] is set_.__closure__[0])
set_(5)
print(get(), cell.cell_contents)
cell.cell_contents = "written directly"
print(get())
del cell.cell_contents
try:
    get()
except NameError as e:
    print(type(e).__name__, e)
try:
    cell.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
set_("refilled")
print(cell.cell_contents, get())
def empty_cell():
    def inner():
        return later
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("before assignment:", type(e).__name__, e)
    later = 10
    print("after assignment:", c.cell_contents)
    return inner
print(empty_cell()())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
c1(); c1()
print(c1(), c2(), c1.__closure__[0] is not c2.__closure__[0], c1.__closure__[0].cell_contents)
print(len(make()[0].__closure__), make.__code__.co_cellvars, get.__code__.co_freevars, set_.__code__.co_freevars)
def no_closure():
    return 1
print(no_closure.__closure__)
CellType = type(cell)
fresh = CellType()
try:
    fresh.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
filled = CellType("value")
print(filled.cell_contents, CellType(1) == CellType(1), CellType(1) < CellType(2))
def multi():
    a, b, c = 1, 2, 3
    def f():
        return a + c
    def g():
        return b
    return f, g
f, g = multi()
print(f.__code__.co_freevars, g.__code__.co_freevars, multi.__code__.co_cellvars, f(), g())

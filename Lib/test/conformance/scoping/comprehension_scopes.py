# Comprehensions have their own scope: loop variables do not leak; class-level names are invisible inside.
x = "global x"
lst = [x for x in range(3)]
print(lst, x)
print({x: x * 2 for x in "ab"}, x, {x for x in [1, 1]}, x)
def outer_iterable_evaluated_outside():
    y = [1, 2]
    return [y for y in y]
print(outer_iterable_evaluated_outside())
class C:
    items = [1, 2, 3]
    factor = 10
    first_iter_ok = [i for i in items]
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        scaled = f"{type(e).__name__}: {e}"
    nested_ok = [[j for j in range(i)] for i in range(3)]
print(C.first_iter_ok, C.scaled, C.nested_ok)
def closures_in_comprehension():
    fs = [lambda: i for i in range(3)]
    gs = [(lambda i=i: i) for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(closures_in_comprehension())
def nested_vars():
    return [(i, j) for i in range(3) for j in range(i, 3) if (i + j) % 2 == 0]
print(nested_vars())
def uses_enclosing():
    base = 100
    return [base + k for k in range(3)]
print(uses_enclosing())
def comprehension_sees_later_binding():
    fns = []
    data = [1, 2]
    result = lambda: [d * mult for d in data]
    mult = 3
    return result()
print(comprehension_sees_later_binding())
print([[x for x in range(2)] for x in "ab"])
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
def unbound_inside():
    try:
        return [late for _ in range(1)]
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    late = 1
print(unbound_inside())
result = [y for y in range(3) if y]
try:
    y
except NameError as e:
    print(type(e).__name__, e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([i for row in matrix for i in row if i % 2], {i % 3: i for row in matrix for i in row})
print(list(map(lambda n: [n * m for m in range(2)], range(3))))
class D:
    names = ["a", "b"]
    upper = list(map(lambda s: s.upper(), names))
print(D.upper)

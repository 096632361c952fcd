# Assignment expressions in conditions, comprehensions (binding in the enclosing scope), and calls.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
it = iter(data)
while (x := next(it, None)) is not None:
    print("x", x, end="; ")
print()
vals = [y for v in data if (y := v * 2) > 6]
print(vals, y)
total = 0
sums = [total := total + v for v in data]
print(sums, total)
print((z := 5) + z, z)
def f():
    [w := i for i in range(3)]
    return w
print(f())
def g():
    found = any((hit := v) > 7 for v in data)
    return found, hit
print(g())
print([(a := i, a * a) for i in range(3)], a)
def outer():
    res = []
    def inner():
        nonlocal res
        res = [q := 1, q + 1]
        return q
    return inner(), res
print(outer())
print(f"{(p := 10)} {p * 2}")
matrix = [[1, 2], [3, 4]]
flat = [cell for row in matrix for cell in row if (last := cell)]
print(flat, last)
print(sorted(data, key=lambda v: (r := v % 3, -v)))
class C:
    vals = [k := 2, k + 1]
print(C.vals, C.k)
def h(arg=(d := 99)):
    return arg
print(h(), d)
def count_calls():
    counter = 0
    def bump():
        nonlocal counter
        return (counter := counter + 1)
    bump(); bump()
    return counter
print(count_calls())
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]

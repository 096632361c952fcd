# Starred assignment targets in every position, with lists, strings, iterators and errors.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
*a, = {"k": 1, "j": 2}
print(a)
[a, *b] = iter([7])
print(a, b, type(b).__name__)
(a, b), *rest = [(1, 2), (3, 4), (5, 6)]
print(a, b, rest)
first, *_, last = "abcdef"
print(first, last, _)
for x, *ys in [(1, 2, 3), (4,), "ab"]:
    print(x, ys)
for bad in ["a, *b, c = [1]", "a, b = [1, 2, 3]", "a, b, c = 'ab'", "*a, b, c, d = range(2)", "a, *b = 5", "a, = []", "a, = [1, 2]"]:
    try:
        exec(bad, {})
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
def gen():
    print("  gen start")
    yield 1
    print("  gen middle")
    yield 2
    print("  gen end")
x, y = gen()
print(x, y)
try:
    x, = gen()
except ValueError as e:
    print(type(e).__name__, e)
d = {}
d["a"], d["b"] = 1, 2
class O:
    pass
o = O()
o.x, o.y = "xy"
print(d, o.x, o.y)
l = [0, 0, 0]
i = 0
i, l[i] = 1, 9
print(i, l)
a = b = c = "chained"
print(a, b, c)
a, b = b, a = 1, 2
print(a, b)
m = [1, 2, 3]
m[0], m[2] = m[2], m[0]
print(m)
p, q = q, p = "pq" if False else ("P", "Q")
print(p, q)

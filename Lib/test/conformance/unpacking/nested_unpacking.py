# Nested unpacking in assignments, for loops, comprehensions and function parameters via helpers.
data = [("ann", (31, "nyc"), ["x", "y"]), ("bob", (27, "sf"), ["z"])]
for name, (age, city), [first, *others] in data:
    print(name, age, city, first, others)
((a, b), (c, (d, e))) = ((1, 2), (3, (4, 5)))
print(a + b + c + d + e)
[[x]] = [[1]]
[(y, z)] = [[2, 3]]
print(x, y, z)
print([(k, v1 + v2) for k, (v1, v2) in {"a": (1, 2), "b": (3, 4)}.items()])
print({k: rest for k, *rest in ["abc", "de", "f"]})
pairs = list(zip("abc", range(3), [True, False, True]))
for i, (ch, n, flag) in enumerate(pairs):
    print(i, ch, n, flag)
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as e:
    print(type(e).__name__, e)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    [a, [b, c]] = [1, [2]]
except ValueError as e:
    print(type(e).__name__, e)
point = {"x": 1, "y": 2}
(kx, vx), (ky, vy) = point.items()
print(kx, vx, ky, vy)
matrix = [[1, 2, 3], [4, 5, 6]]
(r1c1, *r1rest), (*r2init, r2last) = matrix
print(r1c1, r1rest, r2init, r2last)
s = "hello world"
(h, *ello), (w, *orld) = s.split()
print(h, "".join(ello), w, "".join(orld))
def swap_pairs(seq):
    return [(b, a) for a, b in seq]
print(swap_pairs([(1, 2), (3, 4)]))
records = [(1, ("a", ("deep", [9, 8]))), (2, ("b", ("er", [7, 6])))]
print([(n, letter, word, tail) for n, (letter, (word, [_, tail])) in records])
for (i, j), val in {(0, 1): "x", (1, 0): "y"}.items():
    print(i, j, val)
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __iter__(self):
        yield self.x
        yield self.y
px, py = Pt(3, 4)
(ax, ay), (bx, by) = Pt(1, 2), Pt(5, 6)
print(px, py, ax, ay, bx, by, [*Pt(7, 8)], dict([Pt("k", "v")]))

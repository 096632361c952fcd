# Unpacking targets in for loops, with statements, return/yield of starred expressions, and lambdas.
def pairs():
    return [(1, "a"), (2, "b")]
for num, letter in pairs():
    print(num, letter)
for i, (num, letter) in enumerate(pairs(), 1):
    print(i, num, letter)
for (a, *rest) in ["xyz", "pq"]:
    print(a, rest)
class CM:
    def __enter__(self):
        return (1, (2, 3), [4, 5, 6])
    def __exit__(self, *a):
        return False
with CM() as (x, (y, z), [first, *others]):
    print(x, y, z, first, others)
def ret_star():
    head = [1, 2]
    return *head, 3
print(ret_star(), type(ret_star()).__name__)
def yield_star():
    rest = ("b", "c")
    yield "a", *rest
    yield *rest, "d"
print(list(yield_star()))
t = 0, *range(3), 9
print(t)
def multiple():
    return 1, 2, 3
a, b, c = multiple()
_, mid, _ = multiple()
print(a, b, c, mid)
print(*(n * n for n in range(4)))
swap = lambda p: (p[1], p[0])
print([swap(p) for p in pairs()])
for key, value in sorted({"b": 2, "a": 1}.items()):
    print(key, value)
for x, y in zip(*[(1, 2), (3, 4)]):
    print("zip-unzip", x, y)
try:
    for a, b in [(1, 2), (3,)]:
        print("unpacked", a, b)
except ValueError as e:
    print(type(e).__name__, e)
try:
    for a, b in [1]:
        pass
except TypeError as e:
    print(type(e).__name__, e)
data = {"k": (1, [2, 3])}
for k, (v1, [v2, v3]) in data.items():
    print(k, v1, v2, v3)
head, *tail = "only"
print(head, tail)
print([(a, b) for a, *b in ["xy", "z"]])

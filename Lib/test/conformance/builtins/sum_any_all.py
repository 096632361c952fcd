# sum with start (and its str refusal), any/all short-circuiting and return types.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum([0.1] * 10), sum([1, 2.5, 3j]), sum(range(101), start=-5050))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]), type(sum([True, True])).__name__)
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([2**64, 2**64]), sum([], 0.0), sum([-0.0]), sum([-0.0], -0.0))
for args in [(["a", "b"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray())]:
    try:
        sum(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o):
        print("  radd with", o)
        return Acc(o + self.v)
print(sum([Acc(1), Acc(2)]).v, sum([Acc(1)], Acc(100)).v)
def gen(vals):
    for v in vals:
        print("  produced", v)
        yield v
print(any(gen([0, "", 3, 4])))
print(all(gen([1, "x", 0, 4])))
print(any([]), all([]), any([0, None, ""]), all([1, "a", [0]]), any("abc"), all(""), any({0: 1}), all({1: 0}))
class Truthy:
    def __bool__(self):
        print("  bool called")
        return True
print(any([Truthy(), Truthy()]), all([Truthy(), Truthy()]))
print(type(any([1])).__name__, any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(x * x for x in range(10) if x % 2), sum(map(int, "12345")), sum({1: "a", 2: "b"}), sum({1.5, 2.5}))
print(sum([1, 2], start=[]) if False else "", sum(range(10**6, 10**6 + 3)), sum([2**62] * 4), sum([1] * 10, 2**100))

# dict | dict, |=, with non-dict operands, and subclass results.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(a, c is a)
c |= [("w", 0)]
c |= {"x": -1}.items()
print(c)
for bad in [lambda: a | [("k", 1)], lambda: [("k", 1)] | a, lambda: a | None, lambda: a | {"k"}]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c |= 5
except TypeError as e:
    print(type(e).__name__, e)
class D(dict):
    pass
d = D(k=1)
print(type(d | {}).__name__, type({} | d).__name__, d | {"j": 2}, type(d.copy()).__name__)
class Ror(dict):
    def __ror__(self, other):
        return "Ror.__ror__"
    def __or__(self, other):
        return "Ror.__or__"
print({} | Ror(), Ror() | {}, {"a": 1} | Ror(a=2))
class OrderKeeper(dict):
    def __or__(self, other):
        res = OrderKeeper(self)
        for k, v in other.items():
            if k not in res:
                res[k] = v
        return res
print(OrderKeeper(a=1) | {"a": 2, "b": 3})
print({1: "a"} | {1.0: "b"}, {True: "t"} | {1: "one"}, dict(a=1) == {"a": 1} | {})
print({**a, **b} == a | b, {**b, **a} == b | a)
e = {}
e |= e
print(e)
f = {"k": 1}
f |= f
print(f)

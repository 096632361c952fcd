# keys() and items() views support set operations returning sets; values() does not.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 2, "z": 30, "w": 4}
ka, kb = a.keys(), b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb), type(ka & kb).__name__)
print(sorted(ka & {"x", "q"}), sorted({"x", "q"} & ka), sorted(ka - ["x"]), sorted(["w"] | ka))
ia, ib = a.items(), b.items()
print(sorted(ia & ib), sorted(ia - ib), sorted(ia ^ ib))
print(ka == {"x", "y", "z"}, ka < {"x", "y", "z", "q"}, ka <= ka, ka > {"x"}, ka.isdisjoint({"q"}), ka.isdisjoint(["x"]))
print(ia == {("x", 1), ("y", 2), ("z", 3)}, ("x", 1) in ia, ("x", 2) in ia, ["x", 1] in ia if False else "")
try:
    a.values() & b.values()
except TypeError as e:
    print(type(e).__name__, e)
print(a.values() == a.values(), a.keys() == a.keys(), a.items() == dict(a).items())
try:
    ka & 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}.items()
except TypeError as e:
    print(type(e).__name__, e)
d = {"k": [1]}
try:
    print(d.items() & {("k", 2)})
    print(("k", [1]) in d.items())
    print(sorted(d.items() | {("j", 0)}))
except TypeError as e:
    print(type(e).__name__, e)
print(len(ka), list(iter(ka)), bool({}.keys()), bool(a.items()))
print(repr({1: 2}.values()), repr({}.keys()), str(dict(a=[1]).items()))
try:
    a.keys()[0]
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset(ka)) == hash(frozenset(a)), set(ia) == set(a.items()))
print(sorted(ka - set()), sorted(set() ^ ka), ka & set() == set())

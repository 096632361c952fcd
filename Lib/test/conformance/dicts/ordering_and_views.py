# Dicts preserve insertion order; re-assigning keeps position; deleting and re-adding moves to end.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d, list(d), list(d.values()), list(d.items()))
d["alpha"] = 100
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "mid" in k, 4 in v, ("mid", 3) in i, ("mid", 4) in i)
d["new"] = 9
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(reversed(k)).__name__)
print(k.mapping, v.mapping == d, k.mapping is d)
print(dict.fromkeys("cab"), dict(zip("xyz", range(3))), dict([("a", 1), ("b", 2), ("a", 3)]), dict(b=1, a=2))
print({**{"a": 1, "b": 2}, "a": 3, **{"c": 4}}, dict({"x": 1}, y=2), {1: "a", 1.0: "b", True: "c"})
first = {"b": 1, "a": 2}
second = {"a": 2, "b": 1}
print(first == second, list(first) == list(second), first.keys() == second.keys(), first.items() == second.items())
print(d.values() == d.values(), list(d.values()) == list(d.values()))
e = dict.fromkeys(range(10))
for j in range(0, 10, 2):
    del e[j]
for j in range(0, 10, 4):
    e[j] = "back"
print(e)
print(repr({}), repr({"a": [1, {"b": ()}]}), str({None: ...}), {1: 2}.keys(), {}.items())
pop_order = {"x": 1, "y": 2, "z": 3}
print(pop_order.popitem(), pop_order.popitem(), pop_order)
pop_order["w"] = 4
print(pop_order.popitem(), pop_order)

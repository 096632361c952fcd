# Dict views reflect later changes to the dict; iterating a stale iterator after mutation raises RuntimeError.
d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items, len(keys))
d["c"] = 3
print(keys, values, items, len(items), "c" in keys, 3 in values, ("c", 3) in items)
del d["a"]
d["b"] = 20
print(list(keys), list(values), list(items))
d.clear()
print(keys, values, items, bool(keys), len(values))
d.update(z=26, y=25)
print(sorted(keys), sorted(values), sorted(items), list(reversed(keys)))
it = iter(keys)
print(next(it))
d["x"] = 24
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(values)
d["x"] = 0
print(list(it))
k2 = d.keys()
print(k2 == keys, keys == {"z", "y", "x"}, keys - {"x"} == {"z", "y"}, keys | ["w"] == {"w", "x", "y", "z"})
snapshot = list(items)
d["w"] = 23
print(snapshot, list(items)[-1])
mapping = keys.mapping
d["v"] = 22
print(list(keys)[-1], type(mapping).__name__, mapping == d, mapping["v"])
try:
    mapping["new"] = 1
    print("mappingproxy allowed assignment?")
except TypeError as e:
    print(type(e).__name__, e)
e = {}
ek = e.keys()
for i in range(5):
    e[i] = i * i
print(ek, list(e.values()), sum(e.values()))
while e:
    k, v = e.popitem()
    print(k, v, len(ek), end="; ")
print()

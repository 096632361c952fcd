# get/setdefault/pop/popitem/update/fromkeys/copy/clear and KeyError reprs.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("c"), d.setdefault("d", [1]), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
for bad in [lambda: d.pop("zz"), lambda: d["missing"], lambda: d[(1, 2)], lambda: d[None], lambda: {}.popitem(),
            lambda: d[[1]], lambda: d.get(), lambda: d.pop(), lambda: dict.fromkeys(), lambda: d.update(1),
            lambda: d.update([1]), lambda: d.update([(1, 2, 3)]), lambda: dict([("a",)]), lambda: dict(1, 2),
            lambda: d.setdefault({}, 1), lambda: {}[""]]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, repr(e), str(e), e.args)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
d.update(d)
print(d)
class KeysOnly:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
d.update(KeysOnly())
print(d, dict(KeysOnly()), {**KeysOnly()})
c = d.copy()
c["p"] = "changed"
print(d["p"], c["p"], c is d, type(c).__name__)
c.clear()
print(c, len(c), d.__len__())
fk = dict.fromkeys(["a", "b"], [])
fk["a"].append(1)
print(fk)
try:
    {**{"a": 1}, **[1]}
except TypeError as e:
    print(type(e).__name__, e)
def f(**kw):
    return kw
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
print(f(**{"a": 1}, b=2), dict.get(d, "x"), dict.__contains__(d, "y"), d.__getitem__("w"))
e = KeyError("a", "b")
print(repr(e), str(e), str(KeyError()), str(KeyError("")), str(KeyError(["x"])))

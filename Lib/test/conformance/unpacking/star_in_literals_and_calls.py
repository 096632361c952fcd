# Unpacking in list/tuple/set/dict displays, with evaluation order and merging precedence.
def t(label, value):
    print("  eval", label)
    return value
print([*t("a", [1, 2]), t("b", 3), *t("c", "xy")])
print((*range(2), *{"k": 0}), {*"aab", *[1]} == {"a", "b", 1}, [*()], (*[],), {*()} == set())
print({**t("d1", {"a": 1, "b": 2}), t("k", "b"): t("v", 20), **t("d2", {"c": 3, "a": 100})})
print({"x": 1, **{}, "y": 2}, {**{"z": 0}}, {**dict(a=1), **{"a": 2}})
print([*"abc"][::-1], (*"ab", *"cd"), [1, *[2, *[3, *[4]]]])
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**{1: 2}, **5}
except TypeError as e:
    print(type(e).__name__, e)
class Mapping:
    def keys(self):
        print("  keys()")
        return ["m"]
    def __getitem__(self, k):
        print("  getitem", k)
        return k * 3
print({**Mapping()})
it = iter([1, 2, 3])
print([*it, *it])
gen = (i * i for i in range(4))
print({*gen}, {*gen})
print(*[1, 2], *(3,), sep=",")
print(max(*[1, 5], *[3]), [*range(3)] == list(range(3)))
first, *rest = *"ab", *"cd"
print(first, rest)
d1 = {"a": 1}
d2 = {"a": 1.0}
print({**d1, **d2}, {**d2, **d1}, {1: "int", **{1.0: "float"}}, {True: "t", **{1: "one"}})
print(len([*range(1000)]), sum([*range(10), *range(10)]))
nested = [[1, 2], [3], []]
print([*nested[0], *nested[1], *nested[2]], [x for sub in nested for x in sub])

# Which element is kept when equal elements are added; custom __eq__/__hash__ in sets.
s = {1}
s.add(1.0)
s.add(True)
print(s, type(next(iter(s))).__name__)
s = {1.0}
s |= {1}
print(s)
s = {True} | {1, 1.0}
print(s)
print({1.0, 1} == {1}, len({1, 1.0, True}), {0: "a", False: "b", 0.0: "c"})
class Name:
    def __init__(self, s):
        self.s = s
    def __eq__(self, other):
        return isinstance(other, Name) and self.s.lower() == other.s.lower()
    def __hash__(self):
        return hash(self.s.lower())
    def __repr__(self):
        return f"Name({self.s!r})"
names = {Name("Ann"), Name("ann"), Name("BOB"), Name("bob"), Name("Cy")}
print(len(names), sorted(n.s.lower() for n in names))
print(Name("ANN") in names, Name("dan") in names)
first = Name("Zed")
s = {first}
s.add(Name("zed"))
print(next(iter(s)) is first)
s2 = {Name("zed")} | s
print(next(iter(s2)).s)
s3 = s & {Name("ZED")}
print(next(iter(s3)).s)
fs1 = frozenset({1, 2})
fs2 = frozenset({2, 1})
d = {fs1: "first"}
d[fs2] = "second"
print(d, list(d)[0] is fs1)
counter = 0
class Counted:
    def __hash__(self):
        global counter
        counter += 1
        return 1
    def __eq__(self, other):
        return self is other
c = Counted()
s = {c}
before = counter
c in s
c in s
print(counter - before)

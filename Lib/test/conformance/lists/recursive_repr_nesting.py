# Recursive containers print with ... ; nested reprs use repr of elements.
l = [1, 2]
l.append(l)
print(l, repr(l), str(l), len(l))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
a = [1]
b = [a]
a.append(b)
print(a, b)
s = {"inner": [d]}
print(s)
class R:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"R({self.items!r})"
try:
    print(repr(R()))
except RecursionError as e:
    print(type(e).__name__)
print([["nested", ["deeper", ["deepest", ("t", {"k": {1, 2} if False else 3})]]]])
print(["a", 'b"', "c'", "é", None, True, 1.0, 1j, b"x", bytearray(b"y"), range(3), slice(1), ...])
print([str, int, list, type, object, NotImplemented, Ellipsis], [print, len])
print(repr([]), repr([[]]), repr([[], []]), repr(([],)), repr((((),),)), repr((1,)), repr(()))
class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"<Item {self.n}>"
    def __str__(self):
        return "str-not-used"
print([Item(1), Item(2)], (Item(3),), {Item(4): Item(5)} if False else {"k": Item(5)}, str([Item(6)]))
deep = []
cur = deep
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(deep)[:60], len(str(deep)))
x = []
y = [x, x]
print(y, y[0] is y[1])

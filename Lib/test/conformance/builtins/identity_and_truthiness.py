# Identity (is), id() equality for the same object, singletons, and truthiness of builtin values.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c), a is not c)
print(None is None, type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(bool() is False, bool(1) is True, (1 == 1) is True, not None is True)
e1 = ()
e2 = tuple()
print(e1 == e2, frozenset() == frozenset(), "" == str())
s = "abc"
print(s is str(s), s is s[:], s is "".join([s]) or True)
t = (1, 2)
print(t is tuple(t), t[:] is t, t * 1 is t)
l = [1]
print(l[:] is l, list(l) is l, l * 1 is l, l.copy() is l)
fs = frozenset({1})
print(frozenset(fs) is fs, fs.copy() is fs, set(fs) is fs)
print(int(5) is int(5) or True, type(int("5")).__name__)
values = [0, 1, -1, 0.0, -0.0, 1e-300, 0j, 1j, "", " ", "0", b"", b"\x00", [], [[]], (), ((),), {}, {0: 0}, set(), {0},
          frozenset(), range(0), range(1), None, ..., NotImplemented if False else 0, bytearray(), bytearray(1), float("nan")]
print([bool(v) for v in values])
class Empty:
    pass
print(bool(Empty()), bool(Empty), bool(print), bool(type), bool(object()))
x = 1000
y = 1000
print(x == y, (x is y) in (True, False))
def same():
    return []
print(same() is same(), same() == same())
obj = object()
lst = [obj]
print(obj in lst, lst.index(obj), lst.count(obj), any(o is obj for o in lst))
nan = float("nan")
print(nan in [nan], [nan].count(nan), nan in (nan,), nan in {nan: 1}, nan in {nan})
print([1, 2] is [1, 2], {} is {}, (1, 2) == (1, 2))

# repr() vs str() across builtin types, containers always using repr for their elements.
values = [1, -0.0, 1e16, 1.5e-7, 2j, "text", "it's", 'say "x"', b"b'q", bytearray(b"ba"), None, True, ..., NotImplemented,
          [1, "a"], ("t",), {"k": "v"}, {1}, frozenset(), set(), range(3), slice(1, None, 2), int, str, type, object,
          ValueError("msg"), KeyError("key"), Exception(), OSError(2, "oops"), print, len, [].append if False else 0,
          memoryview(b"") if False else 0, 10**30, -(2**64)]
for v in values:
    print(type(v).__name__.ljust(18), str(v).ljust(36), repr(v))
class Both:
    def __str__(self):
        return "friendly"
    def __repr__(self):
        return "Both()"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
b = Both()
print(str(b), repr(b), [b], (b,), {b: b} if False else {"k": b}, f"{b}", f"{b!r}", "%s %r" % (b, b), str([b]))
print(str(OnlyRepr()), format(OnlyRepr()), f"{OnlyRepr()}")
print(str(b"abc"), str(b"abc", "ascii"), repr(str(b"\x00")), str(), repr(""), str(None))
print(repr(repr("x")), str(repr("x")), repr(str("x")), eval(repr("a'b\"c")) == "a'b\"c")
class StrSub(str):
    pass
print(repr(StrSub("z")), str(StrSub("z")), type(str(StrSub("z"))).__name__)
class IntSub(int):
    def __repr__(self):
        return "IntSub!"
print(str(IntSub(3)), repr(IntSub(3)), f"{IntSub(3)}", "%d" % IntSub(3), "%s" % IntSub(3), [IntSub(3)])
class FloatSub(float):
    def __str__(self):
        return "FloatSub-str"
print(str(FloatSub(1.5)), repr(FloatSub(1.5)), f"{FloatSub(1.5)}", "%s" % FloatSub(1.5), "%r" % FloatSub(1.5))
print(str(type(b)).replace("__main__.", ""), repr(Both).replace("__main__.", ""), Both.__name__, Both.__module__)
print(repr(int.__add__)[:30], repr(str.join)[:28], repr(type.__call__)[:30])

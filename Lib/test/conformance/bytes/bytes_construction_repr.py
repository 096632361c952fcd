# bytes() construction from ints, iterables, buffers and strings; repr escapes.
print(bytes(), bytes(3), bytes([65, 66, 0, 255]), bytes(range(5)), bytes(b"ab"), bytes(bytearray(b"cd")))
print(bytes("héllo", "utf-8"), bytes("x", encoding="ascii"), bytes(memoryview(b"mv")), bytes((i for i in (1, 2))))
print(repr(bytes(range(0, 256, 15))), repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(b"\t\n\r\x0b"))
print(b"abc"[0], b"abc"[-1:], b"abc"[::-1], b"abc"[5:], list(b"hi"), tuple(b"\x00\xff"))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes("abc"), lambda: bytes(-1),
            lambda: bytes(1.5), lambda: bytes("é", "ascii"), lambda: bytes(b"x", "utf-8"), lambda: bytes(None),
            lambda: b"ab"[2], lambda: bytes([1.0])]:
    try:
        print(repr(bad()))
    except (ValueError, TypeError, IndexError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
class WithBytes:
    def __bytes__(self):
        return b"custom"
class WithIndex:
    def __index__(self):
        return 4
print(bytes(WithBytes()), bytes(WithIndex()), bytes([WithIndex()]))
print(b"a" + b"b", b"ab" * 3, 2 * b"x", b"a" + bytearray(b"b"), type(b"a" + bytearray(b"b")).__name__)
print(b"b" in b"abc", 98 in b"abc", b"" in b"x", 300 in b"abc" if False else "")
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", b"" < b"\x00", b"a" == "a", sorted([b"b", b"a", b"ab"]))
print(str(b"x"), str(bytearray(b"y")), repr(bytearray()), bytearray(b"\x00z"))
print(b"\x41\102C\
D", rb"\x41", b"%d" % 5, len(b"\xff\xfe"), bytes.fromhex("de ad BEEF"), b"\xde\xad".hex(), b"abc".hex(":", 1))
print(b"abcdef".hex("-", 2), b"abcdef".hex("-", -2), bytes.fromhex(""), bytearray.fromhex("00ff"))
for s in ["0", "zz", "0 0", "0g"]:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)

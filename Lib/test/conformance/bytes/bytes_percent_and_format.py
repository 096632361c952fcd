# printf-style formatting of bytes and bytearray, and how bytes behave in str formatting contexts.
print(b"%d items at %.2f each = %x" % (3, 1.5, 255))
print(b"%s and %s" % (b"bytes", bytearray(b"bytearray")), b"%5s|%-5s|" % (b"ab", b"cd"), b"%%")
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"%r" % "str repr", b"%a" % "é", b"%b" % b"b-code")
print(b"%(name)s=%(val)d" % {b"name": b"k", b"val": 7}, bytearray(b"%s!") % b"mutable")
print(b"%i|%u|%o|%X|%e|%g|%10.3f|" % (1, 2, 8, 255, 1e10, 0.0001, 3.14159))
for fmt, args in [(b"%s", "str"), (b"%d", b"1"), (b"%c", 256), (b"%c", "é"), (b"%s %s", (b"a",)), (b"%q", 1), (b"%(k)s", {"k": b"v"})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
print("%s" % b"x", "%r" % b"x", f"{b'x'}", "{}".format(b"x"), str(b"x"), format(b"x"))
try:
    format(b"x", "5")
except TypeError as e:
    print(type(e).__name__, e)
class B:
    def __bytes__(self):
        return b"custom"
print(b"%s" % B(), b"%b" % B())
class Idx:
    def __index__(self):
        return 99
print(b"%c" % Idx(), b"%d" % Idx(), b"%x" % Idx())
print(type(b"" % ()).__name__, type(bytearray(b"") % ()).__name__, b"%s" % memoryview(b"mv"))

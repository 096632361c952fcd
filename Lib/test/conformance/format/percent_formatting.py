# printf-style % formatting of str, with every conversion and flag.
print("%s %r %a" % ("é", "é", "é"), "%d %i %u" % (3.9, -2.5, 7), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%e %E %.2e" % (12345.678, 0.00012, 1e100))
print("%f %.0f %.3f %10.2f|%-10.2f|%+.1f|%010.3f" % (1.5, 2.5, 3.14159, 2.5, 2.5, 2.5, -3.14159))
print("%g %G %.3g %#g %g %g" % (0.0001, 1e-5, 1234567, 1.5, 1e16, 123456789.0))
print("%c%c%c" % (72, "i", 0x1F600), "%%", "100%%" % (), "%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)r %(x)s" % {"x": "q"}, "%(a)s" % {"a": 1, "b": 2})
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 4, 2, 2, 3.14159, 8, 3, 2.0), "%5s|%-5s|%.2s" % ("ab", "ab", "abc"))
print("%s" % None, "%r" % None, "%d" % True, "%s" % True, "%x" % -255, "%o" % -8, "%#x" % 0, "%i" % 2**70)
print("%.3s" % "abcdef", "%5.1s|" % "xyz", "%-+5d|" % 3, "% 05d" % 7, "%+ d" % 7, "%#.0f" % 2, "%#.3g" % 1)
print("%d" % 10**20, "%f" % 10**20, "%e" % 2**70, "%.0e" % 5, "%s" % 1e16, "%r" % 0.1, "%.15g" % 0.1)
print("%(a)s %%" % {"a": 1}, "%s %%s" % "x", "%-8r|" % "a")
errors = [("%d", "x"), ("%d", None), ("%s %s", (1,)), ("%s", (1, 2)), ("%q", 1), ("%", ()), ("%(a)s", 1),
          ("%(a)s", {}), ("%c", "ab"), ("%c", -1), ("%c", 0x110000), ("%x", 1.5), ("%*d", ("a", 1)), ("%(a)s %s", {"a": 1}),
          ("%.*f", (None, 1.0)), ("%(a", {"a": 1}), ("abc", 5), ("%d", []), ("%5%|", ())]
for fmt, args in errors:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % {}, "abc" % {}, "abc" % [] if False else "", "%s" % ([],), "%d%%" % 50)
class I:
    def __index__(self):
        return 10
class F:
    def __float__(self):
        return 2.5
class N:
    def __int__(self):
        return 3
print("%x %o" % (I(), I()), "%f" % F(), "%d" % F() if False else "", "%c" % I())
for v, fmt in [(F(), "%d"), (N(), "%x"), (N(), "%d")]:
    try:
        print(fmt % v)
    except TypeError as e:
        print(type(e).__name__, e)

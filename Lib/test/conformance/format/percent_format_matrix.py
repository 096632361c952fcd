# printf-style conversions over a grid of values; results or error types, then the distinct messages.
values = [0, 7, -7, 255, 2**40, True, 0.0, -0.5, 2.5, 1e20, 3.14159, float("inf"), "s", "", b"b", None, [1], (2,), 1j]
convs = ["%s", "%r", "%a", "%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#X", "%o", "%#o", "%e", "%.2E", "%f", "%.0f",
         "%10.3f", "%g", "%#g", "%G", "%c", "%%%s", "%.3s", "%5.1s|"]
errors = set()
for v in values:
    cells = []
    for conv in convs:
        try:
            cells.append(conv % (v,))
        except (TypeError, ValueError, OverflowError) as e:
            cells.append(type(e).__name__[:2])
            errors.add(f"{conv}: {type(e).__name__}: {e}")
    print(f"{v!r}: " + " | ".join(cells))
for msg in sorted(errors):
    print(msg)
print("%s %s" % ("a", "b"), "%(x)s-%(y)r" % {"x": 1, "y": "2"}, "%*.*f" % (8, 2, 3.14159), "%-*s|" % (6, "ab"))
mapping = {"name": "Ann", "n": 3, "ratio": 0.125}
for fmt in ["%(name)s", "%(name)r", "%(n)05d", "%(ratio).1%%", "%(ratio)e", "%(missing)s", "%(name)s %s", "%(n)d %(n)x %(n)o"]:
    try:
        print(repr(fmt), "->", repr(fmt % mapping))
    except (KeyError, TypeError, ValueError) as e:
        print(repr(fmt), "->", type(e).__name__, e)

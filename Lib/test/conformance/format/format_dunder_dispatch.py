# format() dispatches to type(x).__format__; object.__format__ rejects non-empty specs; __str__ fallback.
class OnlyStr:
    def __str__(self):
        return "only-str"
class OnlyRepr:
    def __repr__(self):
        return "only-repr"
class Both:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
class Custom:
    def __format__(self, spec):
        return f"<{spec!r}>"
    def __repr__(self):
        return "Custom()"
class BadFormat:
    def __format__(self, spec):
        return 42
class IntSub(int):
    def __str__(self):
        return "intsub-str"
class FloatSub(float):
    def __repr__(self):
        return "floatsub-repr"
for obj in (OnlyStr(), OnlyRepr(), Both(), Custom(), IntSub(5), FloatSub(2.5)):
    print(type(obj).__name__, format(obj), f"{obj}", str(obj), f"{obj!r}" if not isinstance(obj, OnlyStr) else "-", "{}".format(obj), "%s" % (obj,))
print(format(IntSub(5), "03"), format(FloatSub(2.5), ".2f"), f"{Custom():}", f"{Custom():>{3}}")
for obj in (OnlyStr(), Both()):
    try:
        format(obj, "10")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__format__(Both(), ""), int.__format__(7, "x"), str.__format__("a", ">3"), float.__format__(1.0, ""))
class StrReturnsNonStr:
    def __str__(self):
        return 1
try:
    str(StrReturnsNonStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(StrReturnsNonStr())
except TypeError as e:
    print(type(e).__name__, e)
class ReprNonStr:
    def __repr__(self):
        return None
try:
    repr(ReprNonStr())
except TypeError as e:
    print(type(e).__name__, e)
print(format(3.0), format(3), format("x"), format(1 + 0j), format(b"b"), format([None]))

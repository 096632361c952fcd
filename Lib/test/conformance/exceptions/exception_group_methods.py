# ExceptionGroup construction rules, split/subgroup/derive, str/repr, and nesting.
eg = ExceptionGroup("top", [ValueError("v"), TypeError("t"), ExceptionGroup("nested", [ValueError("nv"), KeyError("nk")])])
print(str(eg), "|", repr(eg))
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__, eg.args[0])
match, rest = eg.split(ValueError)
print("split match:", repr(match))
print("split rest:", repr(rest))
print(repr(eg.subgroup(KeyError)), eg.subgroup(OSError))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and "n" in str(e))))
m2, r2 = eg.split((ValueError, TypeError, KeyError))
print(m2 is eg, r2)
print(eg.subgroup(lambda e: True) is eg)
d = eg.derive([OSError("new")])
print(type(d).__name__, repr(d), d.__cause__, d.__context__)
for args in [("msg", []), ("msg", [1]), (5, [ValueError()]), ("msg", ValueError()), ("msg",)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("base inside", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
beg = BaseExceptionGroup("only normal", [ValueError("x")])
print(type(beg).__name__, isinstance(beg, Exception))
beg2 = BaseExceptionGroup("has base", [SystemExit(1)])
print(type(beg2).__name__, isinstance(beg2, Exception))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "+", excs)
mine = MyEG("custom", [ValueError(1), TypeError(2)])
m, r = mine.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), ExceptionGroup.__mro__)
eg3 = ExceptionGroup("notes", [ValueError("a")])
eg3.add_note("note one")
eg3.__cause__ = KeyError("cause")
m3, _ = ExceptionGroup("wrap", [eg3, TypeError()]).split(ValueError)
print(m3.exceptions[0].__notes__, type(m3.exceptions[0].__cause__).__name__)
print(repr(ExceptionGroup("single", (ValueError("tuple ok"),))))

# Exception args, str/repr for 0/1/many args, add_note/__notes__, with_traceback, and attributes.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(None), KeyError("k"), KeyError(), OSError(2, "No such file"),
          OSError(2, "msg", "fname"), OSError(2, "msg", "src", None, "dst"), OSError("just text"), UnicodeError("u"),
          StopIteration(5), SystemExit(3), SyntaxError("bad", ("f.py", 3, 7, "x = $", 3, 8)), NameError("n", name="x")]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
ose = OSError(2, "No such file", "path.txt")
print(type(ose).__name__, ose.errno, ose.strerror, ose.filename, ose.filename2)
print(type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__, type(OSError(99999, "?")).__name__)
print(StopIteration(7).value, StopIteration().value, SystemExit(4).code, SystemExit().code, SystemExit(1, 2).code)
se = SyntaxError("bad", ("f.py", 3, 7, "x = $", 3, 8))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset)
e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
e2 = ValueError()
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError("tb")
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno > 0, tb.tb_next)
    fresh = TypeError("fresh")
    print(fresh.with_traceback(tb) is fresh, fresh.__traceback__ is tb)
e3 = Exception("x")
e3.args = ("changed", 1)
print(str(e3), repr(e3))
e3.args = []
print(repr(e3), e3.args)
e3.custom = "attr"
print(e3.custom, e3.__dict__)
class WithInit(Exception):
    def __init__(self, code, detail):
        super().__init__(f"code {code}")
        self.code = code
        self.detail = detail
w = WithInit(404, "missing")
print(str(w), repr(w), w.args, w.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(repr(n), n.args, str(n))
class StrOverride(Exception):
    def __str__(self):
        return "custom str"
print(str(StrOverride("ignored")), repr(StrOverride("kept in repr")))
print(BaseException.__new__(ValueError).args, ValueError.__new__(ValueError, 1, 2).args)
print(AttributeError("a", name="n", obj=5).name, AttributeError("a").obj, ImportError("m", name="mod", path="p").name)

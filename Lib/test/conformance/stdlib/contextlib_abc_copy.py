# contextlib helpers, abc abstract classes, and copy/deepcopy semantics.
import contextlib
import abc
import copy
import io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled inside contextmanager:", e)
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("body", t)
with tag("i"):
    raise KeyError("k")
print("after suppressed KeyError")
with contextlib.suppress(ZeroDivisionError, ValueError):
    1 / 0
print("suppress worked")
with contextlib.ExitStack() as stack:
    for n in ("one", "two"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback runs first on exit")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as v:
    print("nullcontext", v)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
print(Sq(3).describe(), isinstance(Sq(1), Shape), Shape.__abstractmethods__)
class Incomplete(Shape):
    pass
try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
original = {"list": [1, [2, 3]], "t": (4, [5])}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["list"][1].append("x")
original["t"][1].append("y")
print(shallow, deep)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1])
print(copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)
rec = [1]
rec.append(rec)
dc = copy.deepcopy(rec)
print(dc[1] is dc, dc is not rec)

# A class that logs every special method call shows which methods each operator tries and in what order.
calls = []
def make_method(name, result):
    def method(self, *args):
        calls.append(f"{self.tag}.{name}")
        return result
    method.__name__ = name
    return method
def make_class(tag_name, **results):
    ns = {name: make_method(name, result) for name, result in results.items()}
    ns["__init__"] = lambda self, tag: setattr(self, "tag", tag)
    ns["__hash__"] = object.__hash__
    return type(tag_name, (), ns)
NI = NotImplemented
A = make_class("A", __add__=NI, __radd__=NI, __iadd__=NI, __lt__=NI, __gt__=NI, __eq__=NI, __ne__=NI, __mul__="A*", __rmul__="rA*")
B = make_class("B", __add__="B+", __radd__="rB+", __iadd__=NI, __lt__="B<", __gt__="B>", __eq__=NI, __ne__="B!=", __mul__=NI, __rmul__=NI)
C = type("C", (B,), {"__radd__": make_method("__radd__", "rC+"), "__gt__": make_method("__gt__", "C>")})
def trace(label, fn):
    calls.clear()
    try:
        result = fn()
    except TypeError as e:
        result = f"TypeError: {e}"
    print(f"{label:14} {result!r:40} {calls}")
a, b, c = A("a"), B("b"), C("c")
trace("a + b", lambda: a + b)
trace("b + a", lambda: b + a)
trace("b + c", lambda: b + c)
trace("a + a", lambda: a + a)
trace("a < b", lambda: a < b)
trace("b < c", lambda: b < c)
trace("a < a", lambda: a < a)
trace("a == b", lambda: a == b)
trace("a == a", lambda: a == a)
trace("a != b", lambda: a != b)
trace("a != a", lambda: a != a)
trace("a * b", lambda: a * b)
trace("b * a", lambda: b * a)
trace("b * b", lambda: b * b)
def iadd(x, y):
    x += y
    return x
trace("a += b", lambda: iadd(a, b))
trace("b += a", lambda: iadd(b, a))
trace("a += a", lambda: iadd(a, a))
trace("1 + b", lambda: 1 + b)
trace("b + 1", lambda: b + 1)
trace("1 < b", lambda: 1 < b)
trace("[] == a", lambda: [] == a)
trace("a in [b]", lambda: a in [b])

# lambdas and function object attributes: __name__, __qualname__, __defaults__, __code__ details.
sq = lambda x: x * x
print(sq(5), sq.__name__, sq.__qualname__, (lambda: 0).__name__, (lambda *a, **k: (a, k))(1, b=2))
def outer(a, b=2, *args, c, d=4, **kw):
    "outer doc"
    x = 1
    def inner():
        return a
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__defaults__, outer.__kwdefaults__)
code = outer.__code__
print(code.co_name, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames, code.co_cellvars)
print(code.co_nlocals, code.co_qualname, bool(code.co_flags & 0x04), bool(code.co_flags & 0x08))
inner = outer(1, c=3)
print(inner.__qualname__, inner.__code__.co_freevars, inner(), inner.__name__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc(), no_doc.__module__, type(no_doc).__name__)
no_doc.custom = "attr"
print(no_doc.custom, no_doc.__dict__)
no_doc.__name__ = "renamed"
no_doc.__qualname__ = "Q.renamed"
print(no_doc.__name__, no_doc.__qualname__)
try:
    no_doc.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del no_doc.__name__
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def method(self):
        def nested():
            pass
        return nested
    class Inner:
        def deep(self):
            return lambda: None
print(C.method.__qualname__, C().method().__qualname__, C.Inner.deep.__qualname__, C.Inner().deep().__qualname__)
print((lambda: (yield)).__code__.co_flags & 0x20 != 0, sorted(k for k in dir(sq) if k.startswith("__c")))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3), (lambda a, b=3, *, c=4: a + b + c)(1, c=10))
print(sorted([("b", 2), ("a", 3)], key=lambda p: p[1]), list(map(lambda x, y: x * y, [1, 2], [3, 4])))
print((lambda: 1)() + (lambda x: x)(1), (lambda: (lambda: "nested")())())
f = lambda n: 1 if n < 2 else n * f(n - 1)
print(f(10))
print(callable(sq), sq.__call__(3), type(sq.__code__).__name__, sq.__globals__ is globals())
print(outer.__annotations__, sq.__builtins__ is not None if hasattr(sq, "__builtins__") else "")

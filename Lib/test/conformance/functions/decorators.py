# Decorators: application order, decorator factories, class decorators, and preserved attributes.
log = []
def trace(name):
    print("factory", name)
    def deco(fn):
        print("decorating", fn.__name__, "with", name)
        def wrapper(*args, **kwargs):
            log.append(name)
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
@trace("outer")
@trace("inner")
def add(a, b):
    return a + b
print(add(1, 2), log, add.__name__, add.__wrapped__.__wrapped__.__name__)
def register(registry):
    def deco(obj):
        registry.append(obj.__name__)
        return obj
    return deco
reg = []
@register(reg)
class Thing:
    pass
@register(reg)
def thing():
    pass
print(reg, Thing.__name__)
def replace_with_value(fn):
    return 42
@replace_with_value
def gone():
    pass
print(gone)
def add_attr(cls):
    cls.extra = "added"
    return cls
@add_attr
class Simple:
    pass
print(Simple.extra)
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)
class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *args):
        return ("Deco", self.fn(*args))
@Deco
def square(x):
    return x * x
print(square(4), type(square).__name__)
decorators = [lambda f: (lambda: "first(" + f() + ")"), lambda f: (lambda: "second(" + f() + ")")]
@decorators[0]
@decorators[1]
def base():
    return "base"
print(base())
@(lambda f: f)
def identity_decorated():
    return "ok"
print(identity_decorated())
class Meths:
    @staticmethod
    @count_calls
    def st(x):
        return x
    @property
    def p(self):
        return "prop"
print(Meths.st(5), Meths().st(6), Meths.st.calls, Meths().p)

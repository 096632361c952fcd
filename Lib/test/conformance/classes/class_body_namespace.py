# Class bodies execute top to bottom in their own namespace; names there are not visible in methods.
x = "global x"
class C:
    print("class body runs, x =", x)
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    items = [x for _ in range(2)]
    lam = lambda self: x
    z = [y for _ in range(1)] if False else None
print(C.x, C.y, C().method(), C.items, C().lam())
class D:
    a = 1
    try:
        b = [a + i for i in range(2)]
    except NameError as e:
        b = f"{type(e).__name__}: {e}"
print(D.b)
class E:
    v = 5
    w = (lambda v=v: v * 2)()
print(E.w)
def factory():
    free = "closure var"
    class Inner:
        attr = free
        def get(self):
            return free
    return Inner
I = factory()
print(I.attr, I().get(), I.__qualname__)
class Counter:
    count = 0
    def inc(self):
        self.count += 1
        return self.count
a, b = Counter(), Counter()
print(a.inc(), a.inc(), b.inc(), Counter.count, a.__dict__)
class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)
class Order:
    z = 1
    a = 2
    def m(self): pass
    b = 3
print([k for k in Order.__dict__ if not k.startswith("__")])
class WithLocals:
    p = 1
    q = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(WithLocals.names)
class Nested:
    class Inner:
        class Deepest:
            pass
print(Nested.Inner.Deepest.__qualname__, Nested.Inner.__name__, Nested.__module__)
class Doc:
    "the docstring"
print(Doc.__doc__, Counter.__doc__)
n = 0
class Rebind:
    global n
    n = 10
print(n)
class Del:
    tmp = 1
    del tmp
print(hasattr(Del, "tmp"))
class Mangle:
    __secret = "mangled"
    def get(self):
        return self.__secret
print(Mangle().get(), Mangle._Mangle__secret, hasattr(Mangle, "__secret"))

# Annotations are evaluated at definition time and stored in __annotations__ in order.
def t(label):
    print("evaluating", label)
    return label
def f(a: t("a"), b: t("b") = 1, *args: t("args"), c: t("c"), **kw: t("kw")) -> t("ret"):
    return a
print(f.__annotations__)
print(list(f.__annotations__))
def g(x: int, y: "str" = "s") -> None:
    pass
print(g.__annotations__)
def h():
    pass
print(h.__annotations__, type(h.__annotations__).__name__)
class C:
    x: int
    y: str = "hello"
    z: t("class-level")
    def m(self) -> "C":
        return self
print(C.__annotations__, C.y, hasattr(C, "x"), C.m.__annotations__)
class D(C):
    w: float
print(D.__annotations__, "x" in D.__annotations__)
v: int = 5
print(v, __annotations__)
def local_ann():
    q: int
    r: list = []
    try:
        return q
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(local_ann())
lst = [0]
lst[0]: int = 10
print(lst)
class Obj:
    pass
o = Obj()
o.attr: str = "set"
print(o.attr)
print(f(1, c=2))
def ann_lambda(cb: "callable" = lambda: 1) -> (1, 2):
    return cb()
print(ann_lambda(), ann_lambda.__annotations__["return"])
h.__annotations__ = {"new": int}
print(h.__annotations__)
del h.__annotations__
print(h.__annotations__)

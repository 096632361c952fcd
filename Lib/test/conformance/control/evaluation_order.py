# Left-to-right evaluation: operands, call arguments, literals, assignment targets, subscripts.
def t(label, value=None):
    print("  eval", label)
    return label if value is None else value
print("binary:")
r = t("a", 1) + t("b", 2) * t("c", 3)
print(r)
print("power right-assoc:")
r = t("x", 2) ** t("y", 3) ** t("z", 1)
print(r)
print("call args:")
def f(*args, **kw):
    return args, sorted(kw)
print(f(t("p1"), t("p2"), k=t("kw1"), *[t("star")], **{t("dstar"): 1}))
print("dict literal:")
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(d)
print("list/tuple/set:")
print([t("l1"), t("l2")], (t("t1"),), len({t("s1"), t("s2")}))
print("assignment: value first, then targets left to right")
class Box:
    def __setitem__(self, k, v):
        print("  setitem", k, v)
    def __getitem__(self, k):
        print("  getitem", k)
        return 0
box = Box()
t("target-obj", box)[t("target-key")] = t("value", 5)
print("chained assignment:")
a = b = t("shared", [1])
print(a is b)
print("multiple targets:")
box2 = Box()
t("o1", box2)[t("k1")], t("o2", box2)[t("k2")] = t("v", (10, 20))
print("augmented subscript:")
t("aug-obj", box)[t("aug-key")] += t("aug-val", 1)
print("attribute chain:")
class A:
    pass
obj = A()
obj.x = 1
t("obj", obj).x = t("newval", 2)
print(obj.x)
print("comparison operands:")
print(t("l", 1) == t("r", 1))
print("conditional expression:")
print(t("then") if t("cond", True) else t("else"))
print("method call: object, then attribute, then args")
class M:
    def meth(self, x):
        return x
print(t("recv", M()).meth(t("arg")))
print("slice bounds:")
print([1, 2, 3, 4][t("lo", 1):t("hi", 3)])
print("lambda default evaluated at definition:")
g = lambda x=t("default", 9): x
print(g(), g(1))

# Bound and unbound methods: __self__, __func__, equality, method caching, calling through the class.
class A:
    def m(self, x=1):
        return (type(self).__name__, x)
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s(v):
        return v * 2
a = A()
bm = a.m
print(bm(), bm(5), A.m(a, 7), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
print(a.m == a.m, a.m is a.m, A.m is A.m, A().m == A().m, type(bm).__name__, type(A.m).__name__)
print(A.c(), a.c(), A.c.__self__ is A, a.c.__self__ is A, A.s(2), a.s(3), type(A.__dict__["s"]).__name__)
class B(A):
    pass
print(B.c(), B().m(), B().c.__self__ is B, B.m is A.m)
a.m = lambda: "instance attr shadows method"
print(a.m(), A.m(a))
del a.m
print(a.m())
f = A.m.__get__(a, A)
print(f(), f.__self__ is a, A.__dict__["m"].__get__(None, A) is A.m)
g = A.__dict__["c"].__get__(None, B)
print(g())
class Callable:
    def __call__(self, *args):
        return ("called", args)
class Holder:
    c = Callable()
    f = len
print(Holder().c(1), Holder.f("abc"), Holder().f("ab"))
def plain(self):
    return "plain bound to " + type(self).__name__
A.plain = plain
print(a.plain(), A.plain(a), a.plain.__func__ is plain)
import sys
print(sys.getrefcount is not None, [1, 2].append.__self__, "abc".upper.__name__, (1).__add__.__self__)
print(list.append.__name__, type(list.append).__name__, type([].append).__name__, type(A.c).__name__)
m1 = [].append
m2 = [].append
print(m1 == m2, [].append == [].append)
l = []
print(l.append == l.append, l.append.__self__ is l)
try:
    bm.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
A.m.flag = "on function"
print(a.m.flag)

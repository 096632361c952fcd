# C3 linearization, diamond inheritance, and MRO conflict errors.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return [k.__name__ for k in cls.__mro__]
for cls in (K1, K2, K3, Z):
    print(cls.__name__, names(cls))
class Left:
    def who(self):
        return "Left"
class Right:
    def who(self):
        return "Right"
    def only_right(self):
        return "only right"
class Both(Left, Right): pass
class Both2(Right, Left): pass
print(Both().who(), Both2().who(), Both().only_right(), names(Both))
try:
    class Bad(A, K1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Conflict(XY, YX): pass
except TypeError as e:
    print(type(e).__name__, e)
print(Z.mro() == list(Z.__mro__), type(Z.mro()).__name__, Z.__bases__, K1.__base__)
print(sorted(c.__name__ for c in O.__subclasses__()), object in Z.__mro__, Z.__mro__[-1])
try:
    class FromInt(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
class IntList(int): pass
class Deep(IntList, object): pass
print(names(Deep))
class Meta(type):
    def mro(cls):
        default = super().mro()
        print("custom mro for", cls.__name__)
        return [default[0]] + list(reversed(default[1:-1])) + [object]
class P1: 
    def f(self): return "P1"
class P2:
    def f(self): return "P2"
class Custom(P1, P2, metaclass=Meta): pass
print(names(Custom), Custom().f())

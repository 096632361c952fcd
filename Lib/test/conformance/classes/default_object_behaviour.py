# What object provides by default: equality by identity, __ne__ derived from __eq__, __hash__, __str__ via __repr__.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a, a.__eq__(b), a.__ne__(a), a.__eq__(a))
print(hash(a) == hash(a), isinstance(hash(a), int), a.__hash__() == hash(a), object.__hash__(a) == hash(a))
print(a.__lt__(b), a.__le__(b), a.__gt__(b), a.__ge__(b))
print(type(a).__name__, a.__class__ is Plain, Plain.__base__ is object, Plain.__mro__ == (Plain, object))
print(str(a) == repr(a), repr(a).startswith("<__main__.Plain object at 0x"), format(a) == str(a))
print(a.__sizeof__() > 0, sorted(n for n in dir(a) if n.startswith("__r")), a.__reduce_ex__(2)[0].__name__)
print(object.__init__(a) is None, object.__new__(Plain).__class__.__name__, a.__init_subclass__() is None)
print(Plain.__subclasshook__(object) is NotImplemented, a.__dir__ is not None, bool(a), bool(Plain))
class EqOnly:
    def __eq__(self, other):
        return isinstance(other, EqOnly)
e1, e2 = EqOnly(), EqOnly()
print(e1 == e2, e1 != e2, e1 != 5, EqOnly.__hash__ is None)
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
n1, n2 = NeOnly(), NeOnly()
print(n1 != n2, n1 == n2, n1 == n1)
class ReprOnly:
    def __repr__(self):
        return "R!"
print(str(ReprOnly()), f"{ReprOnly()}", "%s" % ReprOnly(), [ReprOnly()], ReprOnly().__str__())
class StrOnly:
    def __str__(self):
        return "S!"
print(str(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly"), f"{StrOnly()}")
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[0]
except TypeError as e:
    print(type(e).__name__, e)
print(object() != object(), object().__class__.__name__, type(object.__dict__).__name__, "__eq__" in object.__dict__)

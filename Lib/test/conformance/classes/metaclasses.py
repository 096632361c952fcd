# Metaclasses: __prepare__, __new__, __init__, __call__, keyword arguments, and conflicts.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        ns = {"injected": "from prepare"}
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), sorted(kw))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst
class A(metaclass=Meta, tag="alpha"):
    x = 1
    def __init__(self, v):
        print("A.__init__", v)
        self.v = v
a = A(5)
print(a.v, a.created_by_meta, A.tag, A.injected, type(A).__name__, isinstance(A, Meta))
class B(A):
    y = 2
print(B.tag, type(B).__name__)
class M1(type): pass
class M2(type): pass
class P(metaclass=M1): pass
class Q(metaclass=M2): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1): pass
class S(P, metaclass=M3): pass
class T(S, P): pass
print(type(T).__name__)
Dyn = type("Dyn", (A,), {"z": 3})
print(Dyn.z, Dyn.tag, type(Dyn).__name__)
print(type(type), type(object), type.__mro__, isinstance(type, object), isinstance(object, type))
class Singleton(type):
    instances = {}
    def __call__(cls, *a):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*a)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created once")
print(Config() is Config())
class Counting(type):
    def __len__(cls):
        return 42
    def __repr__(cls):
        return f"<Counting {cls.__name__}>"
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"
class W(metaclass=Counting): pass
print(len(W), repr(W), W[int], W["x"])
def func_meta(name, bases, ns):
    print("function as metaclass", name)
    return sorted(k for k in ns if not k.startswith("__"))
class NotAClass(metaclass=func_meta):
    b = 1
    a = 2
print(NotAClass)
try:
    type("X", (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
print(type(5).__name__, type("X", (), {})().__class__.__name__)

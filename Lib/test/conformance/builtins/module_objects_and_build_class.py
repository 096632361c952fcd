import sys
# Module objects created at run time, __build_class__ called directly, and __import__ of builtin modules.
ModuleType = type(sys)
m = ModuleType("made_up", "the doc")
print(m.__name__, m.__doc__, repr(m), sorted(vars(m)), m.__spec__, m.__loader__, m.__package__)
m.value = 42
m.func = lambda: "module func"
print(m.value, m.func(), sorted(k for k in dir(m) if not k.startswith("__")))
del m.value
try:
    m.value
except AttributeError as e:
    print(type(e).__name__, e)
m.__getattr__ = lambda name: f"dynamic {name}"
print(m.anything, getattr(m, "other"))
m2 = ModuleType("no_doc")
print(m2.__doc__, repr(m2), type(m2).__name__, isinstance(m2, ModuleType))
try:
    ModuleType()
except TypeError as e:
    print(type(e).__name__, e)
me = sys.modules[__name__]
print(me.__name__, me.m is m, hasattr(me, "ModuleType"), type(me.__dict__).__name__, me.__dict__ is globals())
def body():
    x = 1
    def method(self):
        return "built"
C = __build_class__(body, "C")
print(C.__name__, hasattr(C, "method"), sorted(k for k in vars(C) if not k.startswith("__")), C.__qualname__, C.__module__)
class Meta(type):
    pass
D = __build_class__(lambda: None, "D", C, metaclass=Meta)
print(D.__bases__[0].__name__, type(D).__name__, type(D()).__name__)
try:
    __build_class__(5, "E")
except TypeError as e:
    print(type(e).__name__, e)
try:
    __build_class__(lambda: None)
except TypeError as e:
    print(type(e).__name__, e)
s2 = __import__("sys")
b = __import__("builtins")
print(s2 is sys, b.len is len, type(b).__name__, b.__name__)
try:
    __import__("surely_not_a_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import sys as system_alias
print(system_alias is sys, "system_alias" in globals())

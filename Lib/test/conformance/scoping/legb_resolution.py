# Name resolution order: local, enclosing, global, builtin; shadowing and unshadowing builtins.
import sys
builtins_mod = sys.modules["builtins"]
print(len("abc"))
def shadow_len():
    len = lambda x: "shadowed"
    return len("abc")
print(shadow_len(), len("abc"))
len = lambda x: "global shadow"
print(len("abc"))
del len
print(len("abc"))
def enclosing():
    max = "enclosing max"
    def inner():
        return max
    return inner()
print(enclosing(), max(1, 2))
v = "global"
def l1():
    v = "enclosing"
    def l2():
        v = "local"
        return v
    def l3():
        return v
    return l2(), l3()
print(l1())
def g_only():
    return v
v = "global changed later"
print(g_only())
builtins_mod.custom_builtin = "from builtins module"
print(custom_builtin)
custom_builtin = "module shadows builtin"
print(custom_builtin, builtins_mod.custom_builtin)
del custom_builtin
print(custom_builtin)
del builtins_mod.custom_builtin
try:
    custom_builtin
except NameError as e:
    print(type(e).__name__, e)
class Scope:
    print_name = "class attribute"
    def method(self):
        try:
            return print_name
        except NameError as e:
            return f"{type(e).__name__}: {e}"
print(Scope().method())
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
def uses_builtin_after_del():
    return str(5)
str_backup = str
print(uses_builtin_after_del())
def dynamic():
    return [name for name in ("int", "float") if name in dir(builtins_mod)]
print(dynamic())
True_ = True
print(True_, None is None, ... is Ellipsis)
def param_shadows(print=None):
    return print
print(param_shadows("p"))

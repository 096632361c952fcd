# assert with and without messages; del of names, attributes, items, slices and its errors.
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert []
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, ("tuple", "msg")
except AssertionError as e:
    print(e.args)
def msg():
    print("message evaluated")
    return "lazy"
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e)
print(__debug__)
x = 10
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
try:
    del x
except NameError as e:
    print(type(e).__name__, e)
def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(local_del())
class O:
    cls_attr = 1
o = O()
o.a = 1
del o.a
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del O.cls_attr
print(hasattr(O, "cls_attr"))
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
l = list(range(6))
del l[1], l[1]
print(l)
del l[::2]
print(l)
a, b = 1, 2
del (a, b)
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)

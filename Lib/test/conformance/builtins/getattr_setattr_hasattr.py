# getattr/setattr/delattr/hasattr with defaults, non-string names, and interactions with properties.
class O:
    cls_attr = "c"
    @property
    def prop(self):
        return "p"
    @property
    def broken(self):
        raise ValueError("property raised ValueError")
o = O()
print(getattr(o, "cls_attr"), getattr(o, "prop"), getattr(o, "nope", "dflt"), getattr(o, "nope", None))
setattr(o, "dyn", 5)
print(o.dyn, hasattr(o, "dyn"), hasattr(o, "nope"), hasattr(O, "prop"), hasattr(o, "prop"))
delattr(o, "dyn")
print(hasattr(o, "dyn"))
try:
    getattr(o, "broken", "default not used for ValueError")
except ValueError as e:
    print(type(e).__name__, e)
try:
    hasattr(o, "broken")
except ValueError as e:
    print("hasattr propagates", type(e).__name__)
for bad in [lambda: getattr(o, 1), lambda: setattr(o, 1, 2), lambda: delattr(o, None), lambda: hasattr(o, b"x"),
            lambda: getattr(o), lambda: getattr(o, "a", 1, 2), lambda: setattr(o, "prop", 1), lambda: delattr(o, "nope"),
            lambda: delattr(O, "nope")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class StrSub(str):
    pass
setattr(o, StrSub("viasub"), 1)
print(o.viasub, getattr(o, StrSub("viasub")))
setattr(o, "not an identifier!", 7)
print(getattr(o, "not an identifier!"), sorted(vars(o)))
print(getattr(5, "real"), getattr("s", "upper")(), getattr(int, "__name__"), getattr(None, "__class__").__name__)
setattr(O, "added_later", "class level")
print(o.added_later, O.added_later)
print(getattr(o, "__class__").__name__, getattr(o, "__dict__") is o.__dict__)
for obj in (1, "s", [], None, object()):
    try:
        setattr(obj, "x", 1)
    except AttributeError as e:
        print(type(e).__name__, e)
class Track:
    def __setattr__(self, name, value):
        print("  __setattr__", name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("  __delattr__", name)
        super().__delattr__(name)
t = Track()
setattr(t, "word", "hello")
t.other = 1
print(t.word, t.other)
delattr(t, "word")
del t.other
print(vars(t))

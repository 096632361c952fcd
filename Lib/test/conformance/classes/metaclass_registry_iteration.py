# Metaclass-driven patterns: class registry, iterable classes, attribute validation at class creation.
class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.classes[name.lower()] = cls
        return cls
    def __iter__(cls):
        return iter(sorted(k for k in vars(cls) if k.isupper()))
    def __contains__(cls, item):
        return item in [getattr(cls, k) for k in cls]
class Base(metaclass=Registry):
    pass
class Colors(Base):
    RED = "#f00"
    GREEN = "#0f0"
    other = "ignored"
class Sizes(Base):
    SMALL = 1
    LARGE = 3
print(sorted(Registry.classes), list(Colors), list(Sizes), "#f00" in Colors, 2 in Sizes, type(Colors).__name__)
class Validated(type):
    def __new__(mcls, name, bases, ns, required=()):
        missing = [r for r in required if r not in ns]
        if missing:
            raise TypeError(f"{name} is missing {missing}")
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, required=()):
        super().__init__(name, bases, ns)
        cls.required = required
class Good(metaclass=Validated, required=("run",)):
    def run(self):
        return "running"
print(Good().run(), Good.required)
try:
    class BadOne(metaclass=Validated, required=("run", "stop")):
        def run(self):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class AutoRepr(type):
    def __new__(mcls, name, bases, ns):
        fields = [k for k, v in ns.get("__annotations__", {}).items()]
        def __init__(self, *args):
            for f, a in zip(fields, args):
                setattr(self, f, a)
        def __repr__(self):
            return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        ns["__init__"] = __init__
        ns["__repr__"] = __repr__
        return super().__new__(mcls, name, bases, ns)
class Point(metaclass=AutoRepr):
    x: int
    y: int
print(Point(1, 2), Point("a", [3]))
class CountInstances(type):
    def __call__(cls, *a, **k):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*a, **k)
class Widget(metaclass=CountInstances):
    pass
Widget(); Widget(); Widget()
print(Widget.count)
class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __str__(cls):
        return f"str-of-{cls.__name__}"
class Shown(metaclass=Meta):
    pass
print(repr(Shown), str(Shown), f"{Shown}", [Shown])

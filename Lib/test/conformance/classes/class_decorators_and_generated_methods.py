# Class decorators that generate methods from annotations (a hand-written mini dataclass) and wrap methods.
def record(cls):
    fields = list(cls.__dict__.get("__annotations__", {}))
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes at most {len(fields)} arguments")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"unknown field {k!r}")
            if k in values:
                raise TypeError(f"duplicate field {k!r}")
            values[k] = v
        for f in fields:
            if f not in values:
                if f not in defaults:
                    raise TypeError(f"missing field {f!r}")
                values[f] = defaults[f]
            setattr(self, f, values[f])
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    cls.fields = tuple(fields)
    return cls
@record
class Point:
    x: int
    y: int = 0
    label: str = "p"
print(Point(1), Point(1, 2, "q"), Point(x=3, label="z"), Point(1) == Point(1, 0), Point(1) == (1, 0), Point.fields)
for args, kwargs in [((), {}), ((1, 2, 3, 4), {}), ((1,), {"z": 1}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {Point(1)}
except TypeError as e:
    print(type(e).__name__, e)
def logged(cls):
    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith("__"):
            def wrapper(*args, __f=value, __n=name, **kwargs):
                print(f"  call {cls.__name__}.{__n}{args[1:]}")
                return __f(*args, **kwargs)
            setattr(cls, name, wrapper)
    return cls
@logged
class Calc:
    def add(self, a, b):
        return a + b
    def neg(self, a):
        return -a
c = Calc()
print(c.add(2, 3), c.neg(4))
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Settings:
    def __init__(self, v=1):
        self.v = v
print(Settings(5) is Settings(6), Settings().v, type(Settings).__name__)

# **kwargs preserve call order; forwarding with *args/**kwargs; keyword names that are not identifiers.
def show(**kw):
    return list(kw.items())
print(show(b=1, a=2, c=3), show(**{"z": 1, "y": 2}, x=3), show(**{"not an id": 1, "1": 2}))
def forward(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b, *rest, key=None, **extra):
    return a, b, rest, key, sorted(extra.items())
print(forward(1, 2), forward(1, 2, 3, 4, key="k", other="o"), forward(b=2, a=1))
def wrapper(func):
    def inner(*a, **k):
        print("  calling", func.__name__, a, list(k.items()))
        return func(*a, **k)
    return inner
@wrapper
def add(x, y=10, *, scale=1):
    return (x + y) * scale
print(add(1), add(1, 2), add(1, y=3, scale=2))
def mutate(**kw):
    kw["added"] = True
    return kw
src = {"a": 1}
out = mutate(**src)
print(src, out, out is src)
def defaults_and_kw(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(defaults_and_kw(1, c=5, d=6), defaults_and_kw(*range(5)), defaults_and_kw(a=0, b=1, z=9))
def only_kwargs(**kw):
    return kw
print(only_kwargs(), only_kwargs(**{}), only_kwargs(**dict(a=1), **{"b": 2}))
class Config:
    def __init__(self, **options):
        self.options = options
    def __repr__(self):
        return "Config(" + ", ".join(f"{k}={v!r}" for k, v in self.options.items()) + ")"
print(Config(z=1, a=2, m="x"))
def star_only(*, a, b):
    return a - b
print(star_only(b=1, a=5), star_only(**{"a": 3, "b": 1}))
def pos_and_kw_same_name(name, /, **kw):
    return name, kw
print(pos_and_kw_same_name("pos", name="kw"))

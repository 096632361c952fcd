# Higher-order functions: composition, currying by inspection of __code__, pipelines, and function registries.
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    composed.__name__ = "∘".join(f.__name__ for f in fns)
    return composed
inc = lambda x: x + 1
inc.__name__ = "inc"
def double(x):
    return x * 2
def square(x):
    return x * x
h = compose(square, double, inc)
print(h.__name__, h(3), compose()(5), compose(inc)(1))
def curry(fn):
    n = fn.__code__.co_argcount
    def curried(*args):
        if len(args) >= n:
            return fn(*args[:n])
        return lambda *more: curried(*args, *more)
    return curried
@curry
def volume(l, w, h):
    return l * w * h
print(volume(2)(3)(4), volume(2, 3)(4), volume(2)(3, 4), volume(2, 3, 4))
def pipeline(value, *steps):
    for step in steps:
        value = step(value)
        print(f"  after {getattr(step, '__name__', step)}: {value!r}")
    return value
print(pipeline("  Hello World  ", str.strip, str.lower, str.split, len))
registry = {}
def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco
@register()
def add(a, b):
    return a + b
@register("minus")
def sub(a, b):
    return a - b
register("pow")(pow)
print(sorted(registry), [registry[k](7, 2) for k in sorted(registry)])
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def catalan(n):
    return 1 if n < 2 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
print([catalan(n) for n in range(12)], len(catalan.cache))
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(double, 10)(1), apply_n(lambda s: s + "!", 3)("hi"))
def flip(f):
    return lambda a, b: f(b, a)
print(flip(sub)(10, 3), flip(divmod)(3, 10), list(map(flip(pow), [2, 3], [3, 2])))
adders = {n: (lambda n: lambda x: x + n)(n) for n in range(3)}
print({k: f(10) for k, f in adders.items()})
print(sorted(["b3", "a10", "a2"], key=compose(int, lambda s: s[1:])), max(["x", "yyy", "zz"], key=len))

# Code object attributes of 3.11: names, varnames, cellvars/freevars, consts, flags, qualname, line info.
def sample(a, b=1, *args, c, d=2, **kw):
    x = a + b
    def inner():
        return x + c
    return inner
co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names)
print(co.co_firstlineno, co.co_flags & 0xFF, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))
inner = sample(1, c=2)
ico = inner.__code__
print(ico.co_name, ico.co_qualname, ico.co_freevars, ico.co_varnames, ico.co_firstlineno - co.co_firstlineno)
def consts():
    return (1, "two", 3.0, None, (4, 5), b"six", ...)
print(consts.__code__.co_consts)
def folded():
    return 2 ** 10 + 3 * 4, "ab" * 3, (1, 2) + (3,), -5, not True
print(folded.__code__.co_consts, folded())
def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield
for f in (gen, coro, agen, sample, lambda: 0):
    c = f.__code__
    print(f.__name__, hex(c.co_flags), c.co_name, type(c.co_code).__name__, len(c.co_code) % 2 == 0)
print(type(co.co_lines()).__name__ if hasattr(co, "co_lines") else "", [l for _, _, l in consts.__code__.co_lines() if l is not None][:3])
positions = list(consts.__code__.co_positions())
print(len(positions) == len(consts.__code__.co_code) // 2, positions[-1][0] - consts.__code__.co_firstlineno)
print(co.co_filename == __file__, type(co.co_linetable).__name__, type(co.co_exceptiontable).__name__, co.co_stacksize > 0)
c2 = co.replace(co_name="renamed")
print(c2.co_name, c2.co_qualname, c2 is not co, co == co)
def empty():
    pass
print(empty.__code__.co_consts, empty.__code__.co_names, empty.__code__.co_varnames, empty() is None)
def uses_globals():
    return len(print.__name__) + undefined_global_xyz if False else sorted
print(uses_globals.__code__.co_names)
class K:
    def m(self):
        return __class__
print(K.m.__code__.co_freevars, K.m.__code__.co_qualname)
src = "def f(p, q):\n    r = p * q\n    return r\n"
ns = {}
exec(compile(src, "<generated>", "exec"), ns)
print(ns["f"].__code__.co_filename, ns["f"].__code__.co_firstlineno, ns["f"].__code__.co_varnames, ns["f"](6, 7))

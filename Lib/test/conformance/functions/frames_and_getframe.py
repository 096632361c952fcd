import sys
# Frame objects: sys._getframe, f_back, f_code, f_lineno, f_locals, f_globals.
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno
def caller_a():
    return where()
def caller_b():
    x = 1
    return where()
print(caller_a(), caller_b(), where()[0])
def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def level1():
    return level2()
def level2():
    return chain()
print(level1())
def locals_view(a, b=2):
    c = a + b
    return sorted(sys._getframe().f_locals.items())
print(locals_view(1))
def outer():
    v = "outer value"
    def inner():
        return sys._getframe(1).f_locals["v"]
    return inner()
print(outer())
print(sys._getframe().f_globals is globals(), sys._getframe().f_code.co_name, sys._getframe().f_back)
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
def gen():
    frame = sys._getframe()
    yield frame.f_code.co_name
    yield frame.f_back.f_code.co_name if frame.f_back else None
def drive():
    g = gen()
    return next(g), next(g)
print(drive())
def tb_frames():
    try:
        level_fail()
    except ZeroDivisionError as e:
        tb = e.__traceback__
        out = []
        while tb:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
            tb = tb.tb_next
        return out
def level_fail():
    return 1 / 0
print(tb_frames())
f = sys._getframe()
print(type(f).__name__, f.f_lineno > 0, isinstance(f.f_lasti, int), f.f_builtins is sys.modules["builtins"].__dict__)
def modify_locals():
    x = 1
    sys._getframe().f_locals["x"] = 99
    return x
print(modify_locals())

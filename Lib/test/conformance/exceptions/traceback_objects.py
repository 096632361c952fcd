# Traceback objects: tb_next chains, tb_lineno, frames, and how re-raising extends the chain.
def frames(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        out.append(f"{code.co_name}+{tb.tb_lineno - code.co_firstlineno}")
        tb = tb.tb_next
    return out
def a():
    return b()
def b():
    return c()
def c():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    print(frames(e))
    saved = e
def reraiser():
    try:
        a()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print(frames(e))
def raise_saved():
    raise saved
try:
    raise_saved()
except ValueError as e:
    print(frames(e), e is saved)
def wrap():
    try:
        c()
    except ValueError as inner:
        raise RuntimeError("wrapped") from inner
try:
    wrap()
except RuntimeError as e:
    print(frames(e), frames(e.__cause__))
e = ValueError("fresh")
print(e.__traceback__, frames(e))
try:
    raise e
except ValueError:
    pass
print(len(frames(e)))
try:
    raise e
except ValueError:
    pass
print(len(frames(e)))
try:
    raise e.with_traceback(None)
except ValueError as again:
    print(len(frames(again)))
def gen():
    yield 1
    raise KeyError("from generator")
try:
    list(gen())
except KeyError as e:
    print(frames(e))
try:
    [1 / 0 for _ in range(1)]
except ZeroDivisionError as e:
    print(frames(e))
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(frames(e))
tb = saved.__traceback__
print(type(tb).__name__, tb.tb_lasti >= 0, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)

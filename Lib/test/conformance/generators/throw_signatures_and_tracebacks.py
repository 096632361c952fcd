# generator.throw() with exception types, instances, and where the exception appears to be raised.
import sys
def watcher():
    while True:
        try:
            yield
        except Exception as e:
            tb = e.__traceback__
            lines = []
            while tb:
                lines.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
            print(f"  caught {type(e).__name__}{e.args} raised in {lines}")
w = watcher()
next(w)
w.throw(ValueError)
w.throw(ValueError("instance"))
w.throw(KeyError("k"))
class Custom(Exception):
    def __init__(self, a=None, b=None):
        super().__init__(a, b)
w.throw(Custom)
w.throw(Custom(1, 2))
try:
    w.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    w.throw(int)
except TypeError as e:
    print(type(e).__name__, e)
def inner():
    try:
        yield "inner"
    except ZeroDivisionError:
        yield "inner handled"
def outer():
    result = yield from inner()
    yield ("outer after", result)
o = outer()
print(next(o), o.throw(ZeroDivisionError), next(o))
def not_handled():
    yield 1
n = not_handled()
next(n)
try:
    n.throw(IndexError("unhandled"))
except IndexError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("propagated through", names)
print(next(n, "generator finished after unhandled throw"))
def catch_stop():
    try:
        yield
    except StopIteration:
        yield "caught StopIteration thrown in"
cs = catch_stop()
next(cs)
print(cs.throw(StopIteration))
def rethrow_as_runtime():
    yield
cs2 = rethrow_as_runtime()
next(cs2)
try:
    cs2.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e)
except StopIteration:
    print("StopIteration escaped")

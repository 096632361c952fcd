import sys
# sys.exc_info() and sys.exception() reflect the exception being handled, restored after handlers.
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print("inner:", sys.exc_info()[0].__name__, repr(sys.exception()))
    print("restored:", sys.exc_info()[0].__name__, repr(sys.exception()))
print("after:", sys.exc_info(), sys.exception())
def in_function():
    return sys.exc_info()[0]
try:
    raise TypeError
except TypeError:
    print("seen from callee:", in_function().__name__)
print("outside:", in_function())
def gen():
    yield sys.exception()
    yield sys.exception()
g = gen()
try:
    raise OSError("while generator runs")
except OSError:
    print("gen sees:", repr(next(g)))
print("gen after:", repr(next(g)))
try:
    try:
        raise ValueError("a")
    finally:
        print("in finally during propagation:", repr(sys.exception()))
except ValueError:
    pass
try:
    raise ValueError("x")
except ValueError as e:
    err = e
print(repr(err), sys.exception())
def handler_with_return():
    try:
        raise IndexError("r")
    except IndexError:
        return sys.exception()
print(repr(handler_with_return()), sys.exception())
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit sees:", repr(sys.exception()), args[0].__name__ if args[0] else None)
        return True
with CM():
    raise LookupError("in with")
print(sys.exception())

# Generator protocol: send() values, throw() into a paused generator, close() and GeneratorExit.
def accumulator():
    total = 0
    print("started")
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("caught inside:", e)
            total = 0
            continue
        if value is None:
            print("got None")
            continue
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10))
print(acc.throw(ValueError("reset")))
print(acc.send(3), next(acc))
acc.close()
print("closed")
try:
    acc.send(1)
except StopIteration as e:
    print("send after close:", type(e).__name__, e.value)
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(fresh.send(None))
def uncaught():
    yield 1
    yield 2
g = uncaught()
next(g)
try:
    g.throw(KeyError("boom"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(g, "exhausted after throw"))
def unstarted():
    print("never runs")
    yield
g = unstarted()
try:
    g.throw(RuntimeError("into unstarted"))
except RuntimeError as e:
    print("unstarted throw:", e)
g = unstarted()
g.close()
print("closing unstarted is silent", next(g, "done"))
def cleanup():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally in generator")
g = cleanup()
print(next(g))
print(g.close())
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored return value"
g = returns_on_close()
next(g)
print(g.close())
def yields_on_close():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
g = yields_on_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def throw_type():
    try:
        yield
    except Exception as e:
        yield f"{type(e).__name__}:{e.args}"
g = throw_type()
next(g)
print(g.throw(IndexError))
g = throw_type()
next(g)
print(g.throw(IndexError("with arg")))
def raise_other_on_close():
    try:
        yield
    except GeneratorExit:
        raise ValueError("instead of exiting")
g = raise_other_on_close()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised:", e)

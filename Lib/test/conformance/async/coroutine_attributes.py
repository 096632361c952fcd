# Coroutine objects: cr_running, cr_frame, cr_await, cr_code, __await__, and async def flags.
class Step:
    def __await__(self):
        return (yield "step")
async def child():
    return await Step()
async def parent():
    return await child()
p = parent()
print(type(p).__name__, p.__name__, p.__qualname__, p.cr_running, p.cr_await, p.cr_code is parent.__code__)
print(p.send(None), type(p.cr_await).__name__, p.cr_await.cr_await is not None, p.cr_frame is not None)
try:
    p.send("result")
except StopIteration as e:
    print("finished with", e.value, p.cr_frame, p.cr_await)
print(bool(parent.__code__.co_flags & 0x80), bool(child.__code__.co_flags & 0x80))
async def agen():
    yield 1
print(bool(agen.__code__.co_flags & 0x200), type(agen()).__name__)
c = child()
w = c.__await__()
print(type(w).__name__, next(w))
try:
    w.send(7)
except StopIteration as e:
    print("wrapper result", e.value)
cc = child()
try:
    iter(cc)
except TypeError as e:
    print(type(e).__name__, e)
cc.close()
c2 = child()
try:
    next(c2)
except TypeError as e:
    print(type(e).__name__, e)
c2.close()
class Outer:
    async def meth(self):
        return self
m = Outer().meth()
print(m.__qualname__)
m.close()
async def raises():
    raise KeyError("inside coroutine")
r = raises()
try:
    r.send(None)
except KeyError as e:
    print(type(e).__name__, e)
async def awaits_twice():
    s = child()
    first = await s
    try:
        await s
    except RuntimeError as e:
        return f"{first} / {type(e).__name__}: {e}"
aw = awaits_twice()
print(aw.send(None))
try:
    aw.send("v")
except StopIteration as e:
    print(e.value)
def gen_based():
    yield "from generator"
class WrapsGen:
    def __await__(self):
        return gen_based()
async def uses_wrap():
    return await WrapsGen()
u = uses_wrap()
print(u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print(repr(e.value))

# Async generators driven without an event loop: __anext__, asend, athrow, aclose, return values.
class Tick:
    def __await__(self):
        got = yield "tick"
        return got
def drive(aw, replies=()):
    replies = iter(replies)
    value = None
    while True:
        try:
            y = aw.send(value)
        except StopIteration as e:
            return ("done", e.value)
        except StopAsyncIteration:
            return ("stop-async",)
        print("  suspended with", y)
        value = next(replies, None)
async def agen(n):
    for i in range(n):
        t = await Tick()
        print(f"  agen step {i} tick result {t!r}")
        received = yield i * 10
        print(f"  agen received {received!r}")
    print("  agen ending")
g = agen(2)
print(type(g).__name__, g.__name__)
print(drive(g.__anext__(), ["r1"]))
print(drive(g.asend("sent-1"), ["r2"]))
print(drive(g.asend("sent-2")))
print(drive(g.__anext__()))
async def with_cleanup():
    try:
        yield "first"
        yield "second"
    finally:
        print("  cleanup ran")
g2 = with_cleanup()
print(drive(g2.__anext__()))
print(drive(g2.aclose()))
print(drive(g2.__anext__()))
async def catches():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            yield f"caught {e!r}"
g3 = catches()
print(drive(g3.__anext__()))
print(drive(g3.athrow(KeyError("k"))))
print(drive(g3.aclose()))
async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g4 = ignores_exit()
drive(g4.__anext__())
try:
    drive(g4.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
async def consumer():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(drive(consumer(), ["a", "b", "c"]))
async def comp():
    return [v async for v in agen(2) if v > 0]
print(drive(comp()))
print(hasattr(g, "__aiter__"), g.__aiter__() is g, type(g.__anext__()).__name__)

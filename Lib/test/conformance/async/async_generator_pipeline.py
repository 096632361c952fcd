# Composing async generators into a pipeline (source -> map -> filter -> batch) driven by a tiny loop.
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label
async def source(n):
    for i in range(n):
        await Tick(f"src{i}")
        yield i
async def amap(fn, agen):
    async for item in agen:
        yield fn(item)
async def afilter(pred, agen):
    async for item in agen:
        if pred(item):
            yield item
async def batch(size, agen):
    buf = []
    async for item in agen:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)
async def collect(agen):
    return [x async for x in agen]
def run(coro):
    ticks = []
    while True:
        try:
            ticks.append(coro.send(None))
        except StopIteration as e:
            return e.value, len(ticks), ticks[:4]
pipeline = batch(3, afilter(lambda v: v % 2 == 0, amap(lambda v: v * v, source(12))))
print(run(collect(pipeline)))
async def take(n, agen):
    out = []
    async for item in agen:
        out.append(item)
        if len(out) == n:
            break
    await agen.aclose()
    return out
async def naturals():
    i = 0
    try:
        while True:
            await Tick("nat")
            yield i
            i += 1
    finally:
        print("naturals closed at", i)
print(run(take(5, naturals())))
async def zip_async(a, b):
    while True:
        try:
            x = await a.__anext__()
            y = await b.__anext__()
        except StopAsyncIteration:
            return
        yield x, y
print(run(collect(zip_async(source(3), amap(str.upper, amap(str, source(5)))))))
async def failing_stage(agen):
    async for item in agen:
        if item == 3:
            raise ValueError(f"bad item {item}")
        yield item
async def guarded():
    out = []
    try:
        async for item in failing_stage(source(6)):
            out.append(item)
    except ValueError as e:
        out.append(str(e))
    return out
print(run(guarded()))

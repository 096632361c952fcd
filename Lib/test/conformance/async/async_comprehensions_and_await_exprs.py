# await inside expressions and comprehensions, async comprehensions, and evaluation order.
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        print(f"  await Value({self.v})")
        yield f"suspend {self.v}"
        return self.v
class AIter:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)
def run(coro):
    suspensions = 0
    while True:
        try:
            coro.send(None)
            suspensions += 1
        except StopIteration as e:
            return e.value, suspensions
async def exprs():
    a = await Value(1) + await Value(2) * await Value(3)
    b = [await Value(i) for i in range(3)]
    c = {k: await Value(k * 2) for k in "ab"}
    d = [x async for x in AIter([5, 6, 7]) if x != 6]
    e = {x async for x in AIter([1, 1, 2])}
    f = {x: y async for x, y in AIter([("p", 1), ("q", 2)])}
    g = [await Value(x) async for x in AIter([8, 9])]
    h = (await Value(10)) if await Value(True) else None
    return a, b, c, d, sorted(e), f, g, h
print(run(exprs()))
async def agen_expr():
    gen = (x * 2 async for x in AIter([1, 2, 3]))
    print(type(gen).__name__)
    return [v async for v in gen]
print(run(agen_expr()))
async def await_in_fstring():
    return f"{await Value('f')}-{await Value('s')}"
print(run(await_in_fstring()))
async def await_in_call_args():
    def f(*args, **kw):
        return args, kw
    return f(await Value(1), k=await Value(2))
print(run(await_in_call_args()))
async def genexp_with_await():
    items = [Value(1), Value(2)]
    return [v for v in [await it for it in items]]
print(run(genexp_with_await()))
async def nested_await():
    async def inner(n):
        return await Value(n) * 10
    return [await inner(i) for i in range(2)]
print(run(nested_await()))

# The aiter() and anext() builtins, including anext with a default, driven without an event loop.
class Wait:
    def __await__(self):
        yield "suspend"
async def numbers(n):
    for i in range(n):
        await Wait()
        yield i
def run(coro):
    count = 0
    while True:
        try:
            coro.send(None)
            count += 1
        except StopIteration as e:
            return e.value, count
async def main():
    ait = aiter(numbers(3))
    first = await anext(ait)
    second = await anext(ait)
    rest = [v async for v in ait]
    default = await anext(ait, "exhausted")
    try:
        await anext(ait)
    except StopAsyncIteration as e:
        stop = type(e).__name__
    return first, second, rest, default, stop
print(run(main()))
async def errors():
    out = []
    for bad in (5, [1, 2], "s"):
        try:
            aiter(bad)
        except TypeError as e:
            out.append(str(e))
    try:
        anext([1])
    except TypeError as e:
        out.append(str(e))
    return out
for line in run(errors())[0]:
    print(line)
class Manual:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i * 100
async def use_manual():
    m = Manual()
    it = aiter(m)
    return it is m, await anext(it), await anext(it), await anext(it, None)
print(run(use_manual()))
async def default_with_error():
    async def failing():
        raise ValueError("agen failed")
        yield
    try:
        await anext(failing(), "default does not hide errors")
    except ValueError as e:
        return f"{type(e).__name__}: {e}"
print(run(default_with_error()))
aw = anext(numbers(1))
print(type(aw).__name__ in ("async_generator_asend", "coroutine", "anext_awaitable"))
aw.close()

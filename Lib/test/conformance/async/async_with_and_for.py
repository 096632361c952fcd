# async with / async for using hand-written asynchronous context managers and iterators.
class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label
class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Suspend(f"enter {self.name}")
        print("aenter", self.name)
        return self.name * 2
    async def __aexit__(self, et, ev, tb):
        await Suspend(f"exit {self.name}")
        print("aexit", self.name, et.__name__ if et else None)
        return self.suppress
class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Suspend(f"next {self.i}")
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1
def run(coro):
    steps = []
    while True:
        try:
            steps.append(coro.send(None))
        except StopIteration as e:
            print("suspensions:", steps)
            return e.value
async def main():
    async with AsyncCM("a") as v, AsyncCM("b") as w:
        print("body", v, w)
    async with AsyncCM("s", suppress=True):
        raise ValueError("suppressed")
    total = 0
    async for i in ARange(3):
        total += i
    else:
        print("async for else")
    return total
print(run(main()))
async def errors():
    try:
        async with 5:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        async for _ in [1, 2]:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    class BadANext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 5
    try:
        async for _ in BadANext():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        with AsyncCM("sync"):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    return "errors done"
print(run(errors()))
async def breaks():
    async for i in ARange(10):
        if i == 2:
            break
    return i
print(run(breaks()))

# Long await chains, values flowing back through send(), and coroutines returning other awaitables.
class Ask:
    def __init__(self, q):
        self.q = q
    def __await__(self):
        answer = yield self.q
        return answer
async def level(n):
    if n == 0:
        return await Ask("bottom")
    got = await level(n - 1)
    return f"L{n}({got})"
def run(coro, answers):
    answers = iter(answers)
    val = None
    trace = []
    while True:
        try:
            q = coro.send(val)
        except StopIteration as e:
            return e.value, trace
        trace.append(q)
        val = next(answers)
print(run(level(4), ["deep answer"]))
async def sequence():
    results = []
    for q in ("first", "second", "third"):
        results.append(await Ask(q))
    return results
print(run(sequence(), [1, 2, 3]))
async def returns_coroutine():
    async def inner():
        return "inner result"
    return inner()
c, _ = run(returns_coroutine(), [])
print(type(c).__name__)
print(run(c, []))
async def awaits_returned():
    inner = await returns_coroutine()
    return await inner
print(run(awaits_returned(), []))
class Immediate:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield
async def no_suspend():
    return await Immediate(1) + await Immediate(2)
print(run(no_suspend(), []))
class IterAwaitable:
    def __await__(self):
        return iter(["x", "y"])
async def from_iter():
    r = await IterAwaitable()
    return r
print(run(from_iter(), [None, None]))
async def conditional(flag):
    if flag:
        return await Ask("asked")
    return "not asked"
print(run(conditional(True), ["yes"]), run(conditional(False), []))
async def recursion_sum(n):
    if n == 0:
        return 0
    return n + await recursion_sum(n - 1)
print(run(recursion_sum(200), []))

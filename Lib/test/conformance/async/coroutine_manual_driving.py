# Driving coroutines by hand with send(None); custom awaitables yield values to the driver.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        print(f"  awaiting {self.what}")
        answer = yield self.what
        print(f"  resumed with {answer!r}")
        return answer
async def worker(name):
    a = await Request(f"{name}-first")
    b = await Request(f"{name}-second")
    return f"{name} got {a} and {b}"
def run(coro):
    replies = iter(["reply1", "reply2", "reply3"])
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        print("driver received", request)
        value = next(replies)
print(run(worker("w")))
async def nested():
    inner = await worker("inner")
    return inner.upper()
print(run(nested()))
async def plain():
    return 42
c = plain()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c2 = plain()
try:
    c2.send("not none")
except TypeError as e:
    print(type(e).__name__, e)
c2.close()
async def awaits_int():
    await 5
c3 = awaits_int()
try:
    c3.send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 5
async def awaits_bad():
    await BadAwait()
c4 = awaits_bad()
try:
    c4.send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def thrower():
    try:
        await Request("x")
    except ValueError as e:
        return f"coroutine caught {e}"
c5 = thrower()
print(c5.send(None))
try:
    c5.throw(ValueError("thrown in"))
except StopIteration as e:
    print(e.value)
c6 = thrower()
c6.send(None)
c6.close()
print("closed", c6.cr_frame)

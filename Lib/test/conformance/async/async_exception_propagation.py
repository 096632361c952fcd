# Exceptions crossing await boundaries: propagation, chaining, finally blocks, and throw() into awaits.
class Yield:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        value = yield self.tag
        return value
async def leaf(n):
    got = await Yield(f"leaf{n}")
    if got == "fail":
        raise ValueError(f"leaf {n} failed")
    return got
async def middle():
    try:
        return await leaf(1)
    except ValueError as e:
        raise RuntimeError("middle wraps") from e
    finally:
        print("  middle finally")
async def top():
    try:
        return await middle()
    except RuntimeError as e:
        return f"top caught {e!r} caused by {e.__cause__!r}"
def run(coro, replies):
    replies = iter(replies)
    value = None
    while True:
        try:
            tag = coro.send(value)
            print("  suspended at", tag)
            value = next(replies)
        except StopIteration as e:
            return e.value
print(run(top(), ["fail"]))
print(run(top(), ["ok"]))
t = top()
print(t.send(None))
try:
    t.throw(KeyError("thrown at leaf"))
except KeyError as e:
    print("KeyError escaped:", e)
async def catches_thrown():
    try:
        await Yield("waiting")
    except KeyError as e:
        return f"caught thrown {e}"
c = catches_thrown()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
async def cleanup_on_close():
    try:
        await Yield("pending")
    finally:
        print("  cleanup on close")
cc = cleanup_on_close()
cc.send(None)
cc.close()
async def raise_in_finally():
    try:
        raise ValueError("first")
    finally:
        await Yield("in finally")
        print("  finally resumed")
r = raise_in_finally()
r.send(None)
try:
    r.send(None)
except ValueError as e:
    print("after finally:", e)
async def gather_like(coros):
    results = []
    for co in coros:
        try:
            results.append(await co)
        except Exception as e:
            results.append(f"{type(e).__name__}: {e}")
    return results
print(run(gather_like([leaf(1), leaf(2), leaf(3)]), ["a", "fail", "c"]))

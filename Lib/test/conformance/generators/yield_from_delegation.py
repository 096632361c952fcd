# yield from: values, send and throw pass through to the subgenerator; its return value is the result.
def sub(name):
    received = []
    try:
        while True:
            x = yield f"{name} ready"
            if x == "stop":
                break
            received.append(x)
    except KeyError as e:
        print(f"{name} handled thrown {e!r}")
        received.append("after-throw")
    finally:
        print(f"{name} finally")
    return received
def delegator():
    result = yield from sub("A")
    print("A returned", result)
    result2 = yield from sub("B")
    print("B returned", result2)
    return "delegator done"
d = delegator()
print(next(d))
print(d.send(1), d.send(2))
print(d.send("stop"))
print(d.send("b1"))
try:
    d.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration:", e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)), {"k": 1})))
def inner_closes():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def outer_closes():
    try:
        yield from inner_closes()
    finally:
        print("outer closed")
g = outer_closes()
next(g)
g.close()
def inner_unhandled():
    yield 1
def outer_catches():
    try:
        yield from inner_unhandled()
    except ValueError as e:
        yield f"outer caught {e}"
g = outer_catches()
next(g)
print(g.throw(ValueError("through")))
def depth(n):
    if n == 0:
        return 0
    got = yield n
    inner = yield from depth(n - 1)
    return inner + (got or 0)
g = depth(3)
out = [next(g)]
try:
    while True:
        out.append(g.send(10))
except StopIteration as e:
    print(out, e.value)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
def from_plain_iterator():
    r = yield from It()
    print("plain iterator result", r)
print(list(from_plain_iterator()))
def send_to_plain():
    yield from iter([1, 2])
g = send_to_plain()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
def yf_none():
    yield from None
try:
    next(yf_none())
except TypeError as e:
    print(type(e).__name__, e)

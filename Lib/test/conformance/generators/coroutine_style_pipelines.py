# Push-style pipelines with send(): a primed coroutine decorator, broadcast, filtering and a sink.
def primed(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    start.__name__ = fn.__name__
    return start
@primed
def sink(label, store):
    try:
        while True:
            item = yield
            store.append(item)
            print(f"  {label} <- {item!r}")
    except GeneratorExit:
        print(f"  {label} closed with {len(store)} items")
@primed
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())
@primed
def broadcast(*targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()
@primed
def count_words(target):
    total = 0
    while True:
        line = yield total
        total += len(line.split())
        target.send(total)
a, b, c = [], [], []
pipeline = broadcast(grep("py", sink("A", a)), grep("o", sink("B", b)), count_words(sink("C", c)))
for line in ["python rocks", "go home", "ruby", "pypy and cpython"]:
    pipeline.send(line)
pipeline.close()
print(a, b, c)
@primed
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)
avg = averager()
print([avg.send(v) for v in (10, 11, 15)])
try:
    avg.send(None)
except StopIteration as e:
    print("final", e.value)
def delegate(results):
    while True:
        r = yield from raw_averager()
        results.append(r)
def raw_averager():
    total = count = 0
    while True:
        v = yield
        if v is None:
            return count, total
        total += v
        count += 1
results = []
d = delegate(results)
next(d)
for group in ([1, 2, 3], [10, 20]):
    for v in group:
        d.send(v)
    d.send(None)
print(results)

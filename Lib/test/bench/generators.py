# Generator pipelines: chained generators, yield from, generator expressions and send().
def numbers(n):
    for i in range(n):
        yield i

def only(pred, it):
    for x in it:
        if pred(x):
            yield x

def mapped(f, it):
    for x in it:
        yield f(x)

def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

def flatten(items):
    for chunk in items:
        yield from chunk

def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

pipeline = flatten(chunks(mapped(lambda x: x * 3, only(lambda x: x % 7 != 0, numbers(1200000))), 64))
checksum = sum(pipeline)
checksum += sum(x * x for x in range(600000) if x & 1)
acc = averager()
next(acc)
last = 0.0
for v in range(300000):
    last = acc.send(v)
print(checksum, "%.3f" % last)

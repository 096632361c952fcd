# Chained generator pipelines process one item at a time; interleaving is visible in the log.
def numbers(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i
def square(it):
    for v in it:
        print(f"  square {v}")
        yield v * v
def take(it, k):
    for i, v in enumerate(it):
        if i >= k:
            return
        yield v
print(list(take(square(numbers(10)), 3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(take(window(fib(), 3), 6)))
def running_mean():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
rm = running_mean()
next(rm)
print([rm.send(v) for v in [10, 20, 60, 10]])
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed
print(list(take(lcg(42), 5)))
def group_runs(it):
    prev = object()
    run = []
    for v in it:
        if run and v != prev:
            yield prev, len(run)
            run = []
        run.append(v)
        prev = v
    if run:
        yield prev, len(run)
print(list(group_runs("aaabccdddd")))
def tee2(it):
    buf1, buf2 = [], []
    src = iter(it)
    def side(mine, other):
        while True:
            if not mine:
                try:
                    v = next(src)
                except StopIteration:
                    return
                other.append(v)
                yield v
            else:
                yield mine.pop(0)
    return side(buf1, buf2), side(buf2, buf1)
a, b = tee2(numbers(3))
print(next(a), next(a), next(b), list(b), list(a))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(primes(), 15)))

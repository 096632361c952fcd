# Generator expressions as sole call arguments, with keywords, in builtins that stop early, and nested.
print(sum(x * x for x in range(10)), max(len(s) for s in ["a", "bbb", "cc"]), min((x for x in [3, 1, 2]), default=0))
print(sorted((x for x in "dcba"), reverse=True), "-".join(str(n) for n in range(4)), tuple(c for c in "hi"))
print(list(zip((x for x in "ab"), (y for y in range(5)))), dict((k, k * 2) for k in range(3)))
seen = []
def track(v):
    seen.append(v)
    return v
print(any(track(v) > 2 for v in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(track(v) < 3 for v in [1, 2, 3, 4]), seen)
seen.clear()
print(next(track(v) for v in range(10) if v > 6), seen)
g = (x * 10 for x in range(3))
print(list(zip(g, g)))
def consume(it, n):
    return [next(it) for _ in range(n)]
g = (i for i in range(10))
print(consume(g, 3), consume(g, 2), list(g))
print(set(frozenset(p) for p in [(1, 2), (2, 1), (3,)]) == {frozenset({1, 2}), frozenset({3})})
print(list(map(lambda p: p[0] + p[1], ((a, b) for a in range(2) for b in range(2)))))
print(sum(sum(row) for row in [[1, 2], [3, 4]]), [list(x for x in range(n)) for n in range(3)])
print(max((len(w), w) for w in "the quick brown fox".split()), sorted(((w[-1], w) for w in ["ab", "ca", "bb"])))
try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(enumerate(c.upper() for c in "ab")), list(reversed([x for x in range(3)])))
outer = (y for y in (x * 2 for x in (z + 1 for z in range(3))))
print(list(outer))
def f(*args, **kwargs):
    return len(args), sorted(kwargs)
print(f(x for x in range(3)), f(*(x for x in range(3))), f(**{k: 1 for k in "ab"}))

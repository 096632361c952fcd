# Random set operations checked against a sorted-list model (own LCG); output printed sorted.
state = 2024
def rnd(n):
    global state
    state = (state * 48271) % 2147483647
    return state % n
def model_union(a, b):
    return sorted(set(a) | set(b)) if False else sorted(dict.fromkeys(a + b))
for trial in range(20):
    a = [rnd(30) for _ in range(rnd(20))]
    b = [rnd(30) for _ in range(rnd(20))]
    sa, sb = set(a), set(b)
    ua = sorted(dict.fromkeys(a))
    ub = sorted(dict.fromkeys(b))
    union = sorted(dict.fromkeys(ua + ub))
    inter = [x for x in ua if x in ub]
    diff = [x for x in ua if x not in ub]
    sym = sorted([x for x in ua if x not in ub] + [x for x in ub if x not in ua])
    ok = (sorted(sa | sb) == union, sorted(sa & sb) == inter, sorted(sa - sb) == diff, sorted(sa ^ sb) == sym,
          (sa <= sb) == all(x in ub for x in ua), sa.isdisjoint(sb) == (not inter))
    print(trial, sorted(sa & sb), sorted(sa ^ sb)[:6], ok)
s = set()
for step in range(5000):
    v = rnd(500)
    if rnd(3):
        s.add(v)
    else:
        s.discard(v)
print(len(s), sorted(s)[:20], sum(s))
strs = {f"item{rnd(50)}" for _ in range(100)}
print(len(strs), sorted(strs)[:8], "item7" in strs)
fro = frozenset(rnd(10) for _ in range(30))
print(sorted(fro), len(fro), fro == frozenset(sorted(fro)), hash(fro) == hash(frozenset(list(fro))))

# Algebraic laws of set operations checked on pseudo-random sets (own LCG); failures would print False.
state = 99991
def rnd(n):
    global state
    state = (state * 48271) % 2147483647
    return state % n
def rand_set():
    return {rnd(20) for _ in range(rnd(12))}
laws = {
    "commutative |": lambda a, b, c: a | b == b | a,
    "commutative &": lambda a, b, c: a & b == b & a,
    "associative |": lambda a, b, c: (a | b) | c == a | (b | c),
    "distributive": lambda a, b, c: a & (b | c) == (a & b) | (a & c),
    "de morgan": lambda a, b, c: (a | b) - c == (a - c) & (b - c) | ((a - c) ^ (b - c)),
    "symmetric diff": lambda a, b, c: a ^ b == (a - b) | (b - a),
    "subset via union": lambda a, b, c: (a <= b) == (a | b == b),
    "disjoint": lambda a, b, c: a.isdisjoint(b) == (not (a & b)),
    "difference": lambda a, b, c: a - b == {x for x in a if x not in b},
    "xor associative": lambda a, b, c: (a ^ b) ^ c == a ^ (b ^ c),
    "len inclusion-exclusion": lambda a, b, c: len(a | b) == len(a) + len(b) - len(a & b),
    "frozenset equality": lambda a, b, c: frozenset(a) | frozenset(b) == a | b,
}
results = {name: 0 for name in laws}
for trial in range(200):
    a, b, c = rand_set(), rand_set(), rand_set()
    for name, law in laws.items():
        if law(a, b, c):
            results[name] += 1
for name, passed in results.items():
    print(f"{name:24} {passed}/200")
a, b = rand_set(), rand_set()
print(sorted(a), sorted(b), sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a < a | {100}, a > a & b or a == a & b, (a | b) >= a, a.issubset(a | b), (a | b).issuperset(b))
chain = set()
for i in range(10):
    chain |= {i * i % 7}
print(sorted(chain), len(chain))

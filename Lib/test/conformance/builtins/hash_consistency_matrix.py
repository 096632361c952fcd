# Objects that compare equal must hash equal: check across int/float/complex/bool/Fraction-like/str subclasses.
groups = [
    [0, 0.0, -0.0, False, 0j, complex(0, -0.0)],
    [1, 1.0, True, 1 + 0j],
    [-1, -1.0, complex(-1, 0)],
    [2**53, float(2**53), complex(2**53, 0)],
    [2**61 - 1, float(2**61 - 1) if float(2**61 - 1) == 2**61 - 1 else 2**61 - 1],
    [10**20, 1e20] if 10**20 == 1e20 else [10**20],
    [0.5, complex(0.5, 0)],
    [(1, 2), (1.0, 2.0), (True, 2 + 0j)],
    [frozenset({1, 2}), frozenset({2.0, True})],
    ["abc", "ab" + "c", "".join(["a", "b", "c"])],
    [b"abc", bytes([97, 98, 99])],
    [(), tuple()],
    [frozenset(), frozenset([])],
]
for g in groups:
    eq = all(a == b for a in g for b in g)
    hashes_equal = len({hash(x) for x in g}) == 1
    print([repr(x) for x in g], "all equal:", eq, "hashes equal:", hashes_equal)
class S(str):
    pass
class I(int):
    pass
class F(float):
    pass
print(hash(S("x")) == hash("x"), hash(I(5)) == hash(5), hash(F(2.5)) == hash(2.5), hash(I(-1)) == hash(-1) == -2)
d = {}
for x in [1, 1.0, True, I(1), F(1.0), 1 + 0j]:
    d[x] = type(x).__name__
print(d)
s = set()
for x in ["a", S("a"), 0, 0.0, I(0), False, F(-0.0)]:
    s.add(x)
print(sorted(repr(x) for x in s), len(s))
print(hash(-1), hash(-2), hash(-1.0), hash(2**64) == hash(2**64 % (2**61 - 1)), hash(-(2**64)) == -hash(2**64))
print(hash(float("inf")), hash(float("-inf")), hash(1e-300) == hash(1e-300), hash(0.1) == hash(0.1))
import sys
M = sys.hash_info.modulus
for v in [M, M + 1, 2 * M, -M, -M - 1, M - 1]:
    print(v - M if v > 0 else v + M, hash(v))

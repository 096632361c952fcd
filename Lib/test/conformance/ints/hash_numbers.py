# Equal numbers hash equal across int, float, complex, bool; hash(-1) is -2.
import sys
M = sys.hash_info.modulus
print(sys.hash_info.width, M == 2**61 - 1, sys.hash_info.inf, sys.hash_info.imag)
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**61 - 2, 2**64, -(2**64), 10**30, -(10**30), 2**200]
for v in vals:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**1000 else "")
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(-0.0), hash(0.0), hash(2.5e-5))
print(hash(float("inf")), hash(float("-inf")), hash(True), hash(False))
print(hash(1 + 0j) == hash(1), hash(3j), hash(2 + 3j), hash(complex(-1, 0)))
print(hash(1.0) == hash(1) == hash(True) == hash(1 + 0j))
d = {1: "a"}
d[1.0] = "b"
d[True] = "c"
d[1 + 0j] = "d"
print(d)
print({2**61 - 1: 1, 0: 2})
class H(int):
    pass
print(hash(H(-1)), hash(H(2**64)) == hash(2**64))
print(hash(()), hash((1, 2)) == hash((1.0, 2.0)), hash((1, (2, 3))) == hash((True, (2.0, 3 + 0j))))
print(hash(frozenset()) == hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
print(hash(None) == hash(None), hash(Ellipsis) == hash(...), hash(range(3)) == hash(range(3)) if False else "")
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(-(2**61 - 1)), hash(-(2**61)), hash(2**61 + 5), hash(-(2**61) - 5))

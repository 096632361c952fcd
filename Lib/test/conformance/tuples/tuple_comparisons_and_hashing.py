# Tuple comparison is lexicographic with == tested before ordering; tuple hashes combine element hashes.
class Spy:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"  eq {self.v} {o.v}")
        return self.v == o.v
    def __lt__(self, o):
        print(f"  lt {self.v} {o.v}")
        return self.v < o.v
    def __hash__(self):
        return hash(self.v)
print((Spy(1), Spy(2)) < (Spy(1), Spy(3)))
print((Spy(1), Spy(2)) == (Spy(1), Spy(2)))
print((Spy(5),) > (Spy(4),))
print((Spy(1), Spy(2)) <= (Spy(1),))
s = Spy(9)
print((s,) == (s,), (s, 1) < (s, 2))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(tuple()), hash((1,)) == hash((1.0,)))
print(hash((-1,)) == hash((-2,)), hash(((),)) == hash(((),)), len({(1, 2), (2, 1), (1, 2)}))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, -100), () < (), () <= (), (0,) > (), ("a", 1) < ("a", 1.5), ((1, 2),) < ((1, 3),))
print(max([(1, "b"), (1, "a"), (0, "z")]), sorted([(2, "x"), (1, "y"), (2, "a")]), min((3, 1), (3,)))
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), t < (1,) if False else "", [t] == [t])
try:
    (1, None) < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, None) == (1, 2), (None,) != (None,), (1, [2]) == (1, [2]))
d = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(d[(0, 0)], d.get((1, 0.0)), d.get((True, False)), sorted(d))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2))), (1, 2) + tuple("ab"), tuple(x * 2 for x in (1, 2)))
print((1, 2).__eq__([1, 2]), (1, 2).__lt__([1, 3]), (1,).__hash__() == hash((1,)), (1, 2).__contains__(2))
print(len((1,) * 1000), (1, 2) * 2 == (1, 2, 1, 2), (0,) * 0, ((),) * 2)

# Rich comparisons: reflection (< becomes >), NotImplemented fallbacks, == identity fallback, error messages.
class C:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C({self.v})"
    def __lt__(self, o):
        print(f"  {self!r} < {o!r}")
        return self.v < o.v if isinstance(o, C) else NotImplemented
    def __eq__(self, o):
        print(f"  {self!r} == {o!r}")
        return self.v == o.v if isinstance(o, C) else NotImplemented
print(C(1) < C(2))
print(C(2) > C(1))
print(C(1) == C(1), C(1) != C(2))
print(C(1) == 5, 5 == C(1), C(1) != "x")
try:
    C(1) <= C(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain(), Plain() != Plain())
for op in ("<", "<=", ">", ">="):
    try:
        eval(f"Plain() {op} Plain()")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] >= (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
class Sub(C):
    def __gt__(self, o):
        print(f"  Sub {self!r} > {o!r}")
        return True
print(C(1) < Sub(0))
class NeOnly:
    def __eq__(self, o):
        print("  NeOnly.__eq__")
        return "eq-result"
print(NeOnly() != NeOnly())
class NeFalse:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return True
print(NeFalse() == 1, NeFalse() != 1)
class ReturnsList:
    def __eq__(self, o):
        return [1]
    def __lt__(self, o):
        return 0
print(ReturnsList() == 1, ReturnsList() < 1, bool(ReturnsList() == 1))
if ReturnsList() < 1:
    print("never")
else:
    print("falsy result")
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)

# if/elif/else chains, conditional expressions, and truthiness of tested values (each evaluated once).
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score < 0:
        return "invalid"
    else:
        return "F"
print([grade(s) for s in (95, 90, 85, 70, 69, -1, 100.0, 89.999)])
def noisy(label, v):
    print("  test", label)
    return v
if noisy("first", 0):
    print("first")
elif noisy("second", ""):
    print("second")
elif noisy("third", [1]):
    print("third branch taken")
elif noisy("fourth", True):
    print("never evaluated")
x = 7
kind = "big" if x > 100 else "medium" if x > 5 else "small"
print(kind, ("even" if x % 2 == 0 else "odd"), (lambda: "yes" if x else "no")())
values = [0, 1, "", "a", [], [0], None, 0.0, -0.0, 1j, (), ((),), {}, {0: 0}, set(), range(0), b"", bytearray(b"\0")]
print(["T" if v else "F" for v in values])
def sign(n):
    return -1 if n < 0 else (1 if n > 0 else 0)
print([sign(n) for n in (-5, 0, 3, -0.0, float("inf"))])
class Verbose:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"  __bool__({self.v})")
        return bool(self.v)
r = "t" if Verbose(1) else "f"
print(r)
if not Verbose(0):
    print("not of falsy")
nested = 5
if nested > 0:
    if nested > 3:
        if nested > 4:
            print("deeply nested true")
        else:
            print("no")
else:
    print("no")
a, b = 3, 4
print(max(a, b) if a != b else "equal", a if a > b else b, (a > b) - (a < b))
print("nonempty" if "0" else "empty", "zero" if not 0 else "nonzero", [] if [] else "empty list falsy")
val = None
result = val if val is not None else "default"
print(result, val or "or-default", val and "never")

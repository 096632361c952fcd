# Exceptions raised inside special methods propagate unchanged through builtins and operators.
class Boom(Exception):
    pass
class Bad:
    def __eq__(self, other):
        raise Boom("__eq__")
    def __hash__(self):
        raise Boom("__hash__")
    def __len__(self):
        raise Boom("__len__")
    def __iter__(self):
        raise Boom("__iter__")
    def __lt__(self, other):
        raise Boom("__lt__")
    def __repr__(self):
        raise Boom("__repr__")
    def __bool__(self):
        raise Boom("__bool__")
    def __index__(self):
        raise Boom("__index__")
    def __getitem__(self, k):
        raise Boom("__getitem__")
    def __contains__(self, k):
        raise Boom("__contains__")
b = Bad()
attempts = [
    ("list.index", lambda: [1, b].index(2)), ("in list", lambda: 2 in [b]), ("dict key", lambda: {b: 1}),
    ("set add", lambda: {1}.add(b)), ("len", lambda: len(b)), ("list()", lambda: list(b)), ("sorted", lambda: sorted([b, b])),
    ("repr list", lambda: repr([b])), ("if", lambda: 1 if b else 0), ("not", lambda: not b), ("slice", lambda: [1, 2][b:]),
    ("subscript", lambda: b[0]), ("in obj", lambda: 1 in b), ("max", lambda: max([b, b])), ("==", lambda: b == 1),
    ("!= fallback", lambda: b != 1), ("f-string !r", lambda: f"{b!r}"), ("str()", lambda: str(b)), ("any", lambda: any([b])),
    ("tuple ==", lambda: (b,) == (1,)), ("count", lambda: [b].count(1)), ("hash tuple", lambda: hash((1, b))),
    ("range index", lambda: range(10)[b]), ("unpack", lambda: [*b]), ("dict.get", lambda: {1: 2}.get(b)),
]
for label, fn in attempts:
    try:
        r = fn()
        print(f"{label:12} returned {r!r}")
    except Boom as e:
        print(f"{label:12} Boom({e})")
    except Exception as e:
        print(f"{label:12} {type(e).__name__}: {e}")
class IdentityShortcut:
    def __eq__(self, other):
        raise Boom("never called for identical objects in containers")
x = IdentityShortcut()
print(x in [x], [x].count(x), [x].index(x), (x,) == (x,), [x] == [x])
try:
    x == x
except Boom as e:
    print("direct == still calls __eq__:", e)

# RecursionError from several kinds of unbounded recursion; each is caught and the program continues.
def direct(n):
    return direct(n + 1) + 1
class GetItem:
    def __getitem__(self, k):
        return self[k + 1]
class Eq:
    def __eq__(self, other):
        return self == other
class Str:
    def __str__(self):
        return str(self)
class Init:
    def __init__(self):
        Init()
class Prop:
    @property
    def p(self):
        return self.p
def gen_recursive(n):
    yield from gen_recursive(n + 1)
def via_lambda():
    f = lambda n: f(n + 1)
    return f(0)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n + 1)
cases = [
    ("direct", lambda: direct(0)), ("__getitem__", lambda: GetItem()[0]), ("__eq__", lambda: Eq() == Eq()),
    ("__str__", lambda: str(Str())), ("__init__", Init), ("property", lambda: Prop().p), ("yield from", lambda: list(gen_recursive(0))),
    ("lambda", via_lambda), ("mutual", lambda: mutual_a(0)), ("nested list repr", lambda: repr(nested)),
    ("sorted key", lambda: sorted([1, 2], key=lambda v: direct(v))),
]
nested = []
cur = nested
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
for label, fn in cases:
    try:
        fn()
        print(label, "returned")
    except RecursionError as e:
        msg = str(e)
        print(label, "RecursionError", msg.split(" while ")[0] if " while " in msg else msg)
    except Exception as e:
        print(label, type(e).__name__)
def still_works(n):
    return 0 if n == 0 else 1 + still_works(n - 1)
print("after all that:", still_works(500))
def depth_probe(n=0):
    try:
        return depth_probe(n + 1)
    except RecursionError:
        return n
print(depth_probe() > 900)
del nested, cur

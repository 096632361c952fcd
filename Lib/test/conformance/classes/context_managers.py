# with statement: enter/exit order, exception details passed to __exit__, suppression, multiple managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("outer"), CM("inner") as y:
    print("body2", y)
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
try:
    with CM("first", suppress=True), CM("second"):
        raise RuntimeError("inner raises")
except RuntimeError:
    print("not reached")
print("first suppressed what second let through")
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit never called")
try:
    with EnterRaises():
        print("never")
except OSError as e:
    print(type(e).__name__, e)
class NotCM:
    pass
try:
    with NotCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with CM("t1") as (a), CM("t2") as b:
    print(a, b)
class Tup:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
with Tup() as (p, [q, r]):
    print(p, q, r)
with (CM("paren1") as m1,
      CM("paren2") as m2):
    print(m1, m2)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string suppresses"
with Truthy():
    1 / 0
print("suppressed by truthy return")

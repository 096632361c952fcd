# classmethod/staticmethod objects: binding behaviour, alternative constructors, wrapping other descriptors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"), MyDate(1, 2, 3).from_string("5-6-7"))
print(Date.is_leap(1900), Date.is_leap(2000), Date(1, 1, 1).is_leap(2024), [y for y in range(1896, 1913) if Date.is_leap(y)])
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__, callable(sm))
print(sm(2000), cm.__get__(None, MyDate)("1-1-1"), cm.__isabstractmethod__ if hasattr(cm, "__isabstractmethod__") else False)
def free(*args):
    return args
s = staticmethod(free)
c = classmethod(free)
print(s.__wrapped__ is free, c.__wrapped__ is free, s.__name__, c.__doc__)
class Holder:
    s = s
    c = c
print(Holder.s(1), Holder().s(2), Holder.c(3)[0].__name__, Holder().c(4)[1])
class Counter:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.inc(), Counter.inc(), SubCounter.inc(), Counter.count, SubCounter.count)
try:
    classmethod(5)(1)
except TypeError as e:
    print(type(e).__name__, e)
class Odd:
    c = classmethod(5)
try:
    Odd.c()
except TypeError as e:
    print(type(e).__name__, e)
print(type(classmethod(len).__get__(1)).__name__, staticmethod(len)("abc"))
class Prop:
    @classmethod
    def make(cls, *a, **k):
        return cls.__name__, a, k
print(Prop.make(1, x=2), dict.fromkeys("ab"), type(dict.__dict__["fromkeys"]).__name__)
print(int.from_bytes.__self__ is int, str.maketrans.__name__, type(str.__dict__["maketrans"]).__name__)

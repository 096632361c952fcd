# Subclasses of list/dict/str/int: which operations return the base type, and which hooks builtins call.
class MyList(list):
    def append(self, v):
        print("  MyList.append", v)
        super().append(v)
ml = MyList([3, 1, 2])
ml.append(4)
ml.extend([5])
print(ml, type(ml + [1]).__name__, type(ml[:2]).__name__, type(ml * 2).__name__, type(sorted(ml)).__name__, ml == [3, 1, 2, 4, 5])
ml += [6]
print(type(ml).__name__, ml)
class MyDict(dict):
    def __setitem__(self, k, v):
        print("  MyDict.__setitem__", k, v)
        super().__setitem__(k, v.upper() if isinstance(v, str) else v)
md = MyDict(a="x")
md["b"] = "y"
md.update(c="z")
md.setdefault("d", "w")
print(md, type(md.copy()).__name__, type(md | {}).__name__, dict(md) == md)
class MyStr(str):
    def __new__(cls, v):
        print("  MyStr.__new__", v)
        return super().__new__(cls, v)
    def shout(self):
        return self.upper() + "!"
s = MyStr("hey")
print(s, s.shout(), type(s + "x").__name__, type(s.upper()).__name__, type(s[0]).__name__, type(str(s)).__name__, type(f"{s}").__name__)
print(s == "hey", hash(s) == hash("hey"), "hey" in {s}, isinstance(s, str), len(s), s * 2)
class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 1000)
mi = MyInt(5)
print(mi + 1, 1 + mi, mi * 2, type(mi * 2).__name__, type(-mi).__name__, sum([mi, mi]))
class Temp(float):
    def __repr__(self):
        return f"{float(self):.1f}°"
t = Temp(21.456)
print(repr(t), [t], t + 1, type(t + 1).__name__, round(t), str(t))
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1] if self else None
st = Stack().push(1).push(2)
print(st, st.peek(), st.pop(), st, Stack().peek(), len(st), bool(Stack()))
class Tup(tuple):
    def __add__(self, o):
        return Tup(tuple(self) + tuple(o))
print(type(Tup((1,)) + (2,)).__name__, Tup((1,)) + [2], type((2,) + Tup((1,))).__name__)
class SetSub(set):
    pass
ss = SetSub([1, 2])
print(type(ss | {3}).__name__, type({3} | ss).__name__, type(ss.union()).__name__, type(ss.copy()).__name__)
class OrderedDictLike(dict):
    def __iter__(self):
        print("  custom __iter__")
        return iter(sorted(super().keys()))
od = OrderedDictLike(b=1, a=2)
print(list(od), list(od.keys()), dict(od), [k for k in od])

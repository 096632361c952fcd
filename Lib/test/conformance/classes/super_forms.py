# super() zero-argument and two-argument forms, cooperative __init__, classmethods, and errors.
class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        self.base = True
    def hello(self):
        return "Base.hello"
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
class Mixin1(Base):
    def __init__(self, m1=None, **kw):
        print("Mixin1.__init__", m1)
        super().__init__(**kw)
    def hello(self):
        return "Mixin1>" + super().hello()
class Mixin2(Base):
    def __init__(self, m2=None, **kw):
        print("Mixin2.__init__", m2)
        super().__init__(**kw)
    def hello(self):
        return "Mixin2>" + super().hello()
class Final(Mixin1, Mixin2):
    def __init__(self):
        super().__init__(m1="one", m2="two", extra=3)
    def hello(self):
        return "Final>" + super().hello()
    @classmethod
    def create(cls):
        return "Final.create>" + super().create()
f = Final()
print(f.hello(), f.base, Final.create())
print(super(Mixin1, f).hello(), super(Final, f).hello(), super(Mixin2, f).hello())
print(super(Final, Final).create(), super(Mixin1, Final).hello(f))
s = super(Final, f)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is f, s.__self_class__.__name__)
try:
    super(int, f)
except TypeError as e:
    print(type(e).__name__, e)
def free_function():
    return super().hello()
try:
    free_function()
except RuntimeError as e:
    print(type(e).__name__, e)
class Late:
    pass
def hello(self):
    return "late " + super(Late, self).__repr__()[:5]
Late.hello = hello
print(Late().hello())
class WithClassCell:
    def get_class(self):
        return __class__
    def nested(self):
        def inner():
            return super(WithClassCell, self).__str__.__name__
        return inner()
print(WithClassCell().get_class().__name__, WithClassCell().nested())
class Sub(WithClassCell):
    pass
print(Sub().get_class().__name__)
class Props(Base):
    @property
    def name(self):
        return "Props.name"
class SubProps(Props):
    @property
    def name(self):
        return "SubProps+" + super().name
print(SubProps().name)
class Attr:
    x = "Attr.x"
class AttrSub(Attr):
    x = "AttrSub.x"
    def get(self):
        return super().x, self.x
print(AttrSub().get())
try:
    super(AttrSub, AttrSub()).missing
except AttributeError as e:
    print(type(e).__name__, e)
class NewInit:
    def __new__(cls, *args):
        print("NewInit.__new__", cls.__name__, args)
        return super().__new__(cls)
class NewSub(NewInit):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
print(type(NewSub(1, 2)).__name__)

# object.__new__/__init__ argument checking and the messages for classes without __init__.
class Empty:
    pass
try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Empty(a=1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, *args):
        print("OnlyNew.__new__", args)
        return super().__new__(cls)
o = OnlyNew(1, 2)
print(type(o).__name__)
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(5).a)
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NewReturnsOther())
class NewReturnsSub:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print("init of", type(self).__name__)
class Sub(NewReturnsSub):
    pass
print(type(NewReturnsSub()).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(Empty(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__init__(5)
except TypeError as e:
    print(type(e).__name__, e)
class Two:
    def __init__(self, a, b=2, *, c):
        print("Two", a, b, c)
Two(1, c=3)
try:
    Two(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(type(object()).__name__, object.__new__(Empty).__class__.__name__)
l = list.__new__(list)
print(l)
l.__init__("abc")
print(l)
l.__init__([9])
print(l)
d = dict.__new__(dict)
d.__init__(a=1)
d.__init__({"b": 2})
print(d)

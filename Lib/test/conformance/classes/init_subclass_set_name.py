# __init_subclass__ with keywords, and __set_name__ called on descriptors at class creation.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        print("init_subclass", cls.__name__, name, sorted(kw))
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin, name="alpha-plugin"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name="g"):
    pass
print(Plugin.registry, Alpha.plugin_name, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, f"<unset {self.name}>")
    def __set__(self, obj, value):
        print(f"set {self.owner}.{self.name} = {value!r}")
        setattr(obj, self.private, value)
class Model:
    first = Field()
    second = Field()
    print("class body done")
m = Model()
print(m.first)
m.first = "Ann"
print(m.first, Model.first.name, Model.second.private)
f = Field()
class Later:
    pass
Later.attr = f
print(hasattr(f, "name"))
f.__set_name__(Later, "attr")
print(f.name)
class Shared:
    x = y = Field()
print(Shared.x.name)
class Raises:
    def __set_name__(self, owner, name):
        raise ValueError(f"refuse {name}")
try:
    class Host:
        r = Raises()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class Parent:
    def __init_subclass__(cls, **kwargs):
        cls.seen = sorted(k for k in cls.__dict__ if not k.startswith("__"))
class Child(Parent):
    b = 1
    a = 2
    def method(self):
        pass
print(Child.seen)
print(object.__init_subclass__() is None, type(Plugin.__dict__["__init_subclass__"]).__name__)

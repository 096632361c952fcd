# Overriding properties in subclasses, extending a parent's property, and class-level access.
class Shape:
    def __init__(self, w, h):
        self._w, self._h = w, h
    @property
    def area(self):
        return self._w * self._h
    @property
    def width(self):
        return self._w
    @width.setter
    def width(self, v):
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v
class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)
    @Shape.width.setter
    def width(self, v):
        Shape.width.fset(self, v)
        self._h = v
    @property
    def area(self):
        return f"square area {super().area}"
s = Square(3)
print(s.area, s.width)
s.width = 5
print(s.area, s._h)
try:
    s.width = -1
except ValueError as e:
    print(type(e).__name__, e)
print(type(Shape.area).__name__, Shape.area.fget.__name__, Square.width.fset.__qualname__, Shape.width.fset.__qualname__)
class ReadOnlyChild(Shape):
    width = property(Shape.width.fget)
r = ReadOnlyChild(2, 3)
try:
    r.width = 10
except AttributeError as e:
    print(type(e).__name__, e)
class PlainOverride(Shape):
    area = "not a property anymore"
print(PlainOverride(1, 1).area)
class InstanceAttr(Shape):
    pass
ia = InstanceAttr(2, 2)
try:
    ia.area = 10
except AttributeError as e:
    print(type(e).__name__, e)
ia.__dict__["area"] = "in dict"
print(ia.area)
class Lazy:
    @property
    def value(self):
        print("  computing value")
        self.__dict__["value_cache"] = 42
        return self.__dict__["value_cache"]
lz = Lazy()
print(lz.value, lz.value)
p = property(lambda self: "getter only", doc="documented")
print(p.__doc__, p.fget(None), p.setter(lambda s, v: None).fset is not None, p.fset)
class Abstractish:
    @property
    def name(self):
        raise NotImplementedError("subclasses define name")
class Named(Abstractish):
    name = "concrete"
try:
    Abstractish().name
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Named().name)

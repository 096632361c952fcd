# __class_getitem__ is implicitly a classmethod; builtin generics produce types.GenericAlias.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2], Box[()], Box[...])
class SubBox(Box):
    pass
print(SubBox[str])
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __getitem__(cls, item):
        return "metaclass wins"
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(Both[0])
ga = list[int]
print(ga, repr(ga), ga.__origin__, ga.__args__, type(ga).__name__, ga == list[int], ga != list[str])
print(dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]], type[object])
print(list[int]([1, 2]), isinstance([], list), dict[str, int](a=1))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
u = int | str
print(u, type(u).__name__, isinstance(1, u), isinstance("s", u), isinstance(1.0, u), issubclass(bool, u))
print(int | None, None | int, (int | str) | float, int | int, u == (str | int), u.__args__)
print(list[int] | None, isinstance(None, int | None))
try:
    int | 5
except TypeError as e:
    print(type(e).__name__, e)
class NoGeneric:
    pass
try:
    NoGeneric[int]
except TypeError as e:
    print(type(e).__name__, e)
def f(x: list[int]) -> dict[str, int | None]:
    pass
print(f.__annotations__)
print(list[int].__parameters__, hash(list[int]) == hash(list[int]), list[int][()] if False else "")

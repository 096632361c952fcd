# dataclasses: generated __init__/__repr__/__eq__, order, frozen, defaults, field(), asdict, replace, post_init.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False, compare=False)
a = Item("apple", 1.5)
b = Item("apple", 1.5, secret="different")
print(a, a == b, a.tags is not Item("x").tags, [f.name for f in fields(Item)])
print(asdict(a), astuple(a), replace(a, price=2.0))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)), {Version(2)})
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclass
class WithPost:
    w: int
    h: int
    scale: InitVar[int] = 1
    area: int = field(init=False)
    def __post_init__(self, scale):
        self.area = self.w * self.h * scale
print(WithPost(2, 3), WithPost(2, 3, 10).area)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Base:
    x: int = 0
@dataclass
class Derived(Base):
    y: int = 1
print(Derived(5, 6), Derived(), Derived.__match_args__)
match Derived(1, 2):
    case Derived(x, y):
        print("matched dataclass", x, y)
@dataclass(slots=True)
class Slotted:
    v: int
s = Slotted(3)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
print(Item.__eq__(a, 5), repr(Item("q", tags=[1])))

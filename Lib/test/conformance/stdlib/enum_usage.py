# enum: Enum/IntEnum/Flag/StrEnum, auto, iteration, lookups, aliases, and errors.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED == 1, isinstance(Color.RED, Color), list(Color.__members__))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Level.MID, Level.HIGH + 1, Level.LOW < Level.HIGH, sorted([Level.HIGH, Level.LOW]), int(Level.MID), f"{Level.MID}")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, rw & Perm.W, ~Perm.R, Perm(0), bool(Perm(0)), list(rw))
class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, Bits.A | 4, int(Bits.A | Bits.B))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"
print(Shape.CIRCLE, Shape.SQUARE == "sq", Shape("sq"), f"{Shape.CIRCLE}!", repr(Shape.SQUARE))
class Planet(Enum):
    EARTH = (5.97e24, 6.371e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density_index(self):
        return round(self.mass / self.radius ** 3 / 1e3, 3)
print(Planet.EARTH.mass, Planet.MARS.density_index, Planet.EARTH.value)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green via value pattern")
Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value)

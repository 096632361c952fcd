# Mapping patterns match subsets of keys, capture **rest, and use .get without triggering __missing__.
def f(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": str() as t}:
            return f"other type {t}"
        case {1: one, 2.0: two}:
            return f"numeric keys {one} {two}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red", "fill": True},
          {"type": "square"}, {"type": 5}, {1: "a", 2: "b"}, {True: "t", 2: "two"}, {}, {"x": 1}, [("type", "point")], "str"]:
    print(repr(v), "->", f(v))
class Missing(dict):
    def __missing__(self, key):
        print("  __missing__ called", key)
        return "from missing"
match Missing(a=1):
    case {"b": b}:
        print("never", b)
    case {"a": a}:
        print("matched a without __missing__:", a)
class Logged(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)
    def keys(self):
        print("  keys called")
        return super().keys()
match Logged(p=1, q=2):
    case {"p": p, "q": q, **rest}:
        print("logged match", p, q, rest)
class Point:
    X = "x"
match {"x": 10}:
    case {Point.X: val}:
        print("value-pattern key", val)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest} if rest:
        print("rest non-empty", rest, type(rest).__name__)
match {"a": [1, {"deep": (2, 3)}]}:
    case {"a": [1, {"deep": (x, y)}]}:
        print("nested mapping", x, y)
match {"k": None}:
    case {"k": None}:
        print("None value matched")
match {}:
    case {"k": _}:
        print("never")
    case {**rest}:
        print("empty rest", rest)

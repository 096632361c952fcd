# Value patterns (dotted names), guard evaluation order, and subject evaluated exactly once.
class Color:
    RED = "red"
    GREEN = "green"
    class Nested:
        BLUE = "blue"
def describe(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.Nested.BLUE:
            return "nested blue"
        case _:
            return "unknown"
print([describe(c) for c in ["red", "green", "blue", "RED"]])
def subject():
    print("subject evaluated")
    return (3, 4)
def guard(label, result):
    print("guard", label)
    return result
match subject():
    case (1, y) if guard("first", True):
        print("case 1")
    case (x, y) if guard("second", False):
        print("case 2")
    case (x, 4) if guard("third", x > 2):
        print("case 3 with", x)
    case _:
        print("default")
n = 0
def counting():
    global n
    n += 1
    return n
match counting():
    case 5:
        pass
    case 6:
        pass
    case 1:
        print("subject evaluated once, n =", n)
values = [("add", 2, 3), ("neg", 4), ("div", 1, 0), ("div", 6, 3), ("noop",), ("mul", "a", 3)]
for v in values:
    match v:
        case ("add", a, b):
            r = a + b
        case ("neg", a):
            r = -a
        case ("div", _, 0):
            r = "division by zero avoided"
        case ("div", a, b):
            r = a / b
        case ("mul", str() as s, int() as k) if k > 0:
            r = s * k
        case (op, *_):
            r = f"unknown op {op}"
    print(v, "->", r)
match 42:
    case x if x > 100:
        print("big")
    case x if x > 10:
        print("medium", x)
match [1, 2]:
    case [a, b] if (total := a + b) > 2:
        print("walrus in guard", total)
import sys
match sys.version_info[:2]:
    case (3, minor) if minor >= 10:
        print("match supported on 3.x")

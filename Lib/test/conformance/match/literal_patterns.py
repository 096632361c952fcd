# Literal patterns compare with ==, except None/True/False which compare by identity.
def classify(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1j:
            return "imaginary unit"
        case 3 + 4j:
            return "complex 3+4j"
        case -2 - 1j:
            return "complex -2-1j"
        case "":
            return "empty string"
        case "hello" "world":
            return "concatenated literal"
        case b"bytes":
            return "bytes literal"
        case _:
            return f"other {v!r}"
for v in [None, True, False, 0, 0.0, -0.0, 1, 1.0, 1 + 0j, -1, 2.5, 1j, 3 + 4j, -2 - 1j, "", "helloworld", b"bytes",
          bytearray(b"bytes"), "hello", [], 0j, float("nan"), 10**20]:
    print(repr(v), "->", classify(v))
class AlwaysEq:
    def __eq__(self, other):
        print("  AlwaysEq.__eq__ called with", repr(other))
        return True
print(classify(AlwaysEq()) if False else "")
match AlwaysEq():
    case 42:
        print("matched 42 via __eq__")
match AlwaysEq():
    case None:
        print("never: None uses identity")
    case _:
        print("None pattern not matched by __eq__")
match 1:
    case True:
        print("1 is not True")
    case 1:
        print("1 matched literal 1")
match True:
    case 1:
        print("True == 1 so literal 1 matches True")

# Exact ValueError/TypeError messages for unpacking mismatches of every shape.
cases = [
    "a, b = []", "a, b = [1]", "a, b = [1, 2, 3]", "a, b = 'abcd'", "a, *b, c = [1]", "*a, b, c, d = [1, 2]",
    "a, b = 5", "a, b = None", "a, *b = 3.5", "[a] = []", "[a] = [1, 2]", "(a, b), c = [1, 2]", "a, (b, c) = 1, 2",
    "a, (b, c) = 1, (2, 3, 4)", "a, b, c = {'x': 1, 'y': 2}", "a, b = {1}", "a, b = iter([1])", "a, b = (i for i in range(3))",
    "a, *b = []", "*a, = 0",
]
for src in cases:
    try:
        exec(src, {})
        print(f"{src!r}: ok")
    except (ValueError, TypeError) as e:
        print(f"{src!r}: {type(e).__name__}: {e}")
class Long:
    def __iter__(self):
        n = 0
        while True:
            n += 1
            print("  produced", n)
            yield n
try:
    a, b = Long()
except ValueError as e:
    print(type(e).__name__, e)
class LenLies:
    def __len__(self):
        return 100
    def __iter__(self):
        return iter([1, 2])
a, b = LenLies()
print(a, b)
class Broken:
    def __iter__(self):
        yield 1
        raise KeyError("iteration failed")
try:
    a, b = Broken()
except KeyError as e:
    print(type(e).__name__, e)
try:
    for x, y in [(1, 2), "abc"]:
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    [*a] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = print
except TypeError as e:
    print(type(e).__name__, e)

# str.format: auto and manual numbering, keywords, indexing, attributes, conversions, escapes and errors.
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
p = Pt(3, 4)
print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0.x},{0.y}".format(p), "{p.x}".format(p=p), "{0[1]}{0[0]}".format("ab"), "{d[key]}".format(d={"key": 5}))
print("{0[0]}".format({0: "intkey"}), "{0[-1]}".format({"-1": "strkey"}), "{0[ 1]}".format({" 1": "sp"}))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("z"), "{:{}}".format("w", 4) + "|")
print("{{}} {{{}}}".format(9), "{:%}".format(0.25), "{:,}".format(10**9), "{0:{1}.{2}f}".format(3.14159, 8, 3))
print("{}".format(p), "{!r}".format(p), "{:>12}".format(str(p)), "{0}{0}".format([1]))
bad = ["{} {1}", "{0} {}", "{", "}", "{0", "{0!x}", "{0!}", "{:}}", "{0.}", "{0[}", "{0[0]x}", "{2}", "{a}", "{0.z}",
       "{0[5]}", "{!r:{:>3}}", "{0:{1:{2}}}"]
for fmt in bad:
    try:
        print(repr(fmt), repr(fmt.format("ab")))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{0:{1:{2}}}".format(1, 2, 3) if False else "")
print("{a[0]}{a[1]}".format(a=["x", "y"]), "{0.real}".format(2j + 1), "{.imag}".format(3j))
print("{:*<5}{:*>5}".format(1, 2), "{0:^5d}|{1:^5s}|".format(7, "q"), "{:c}".format(9731))
print(str.format("{}", 1), "{x}".format_map({"x": "mapped"}))
class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{a} {b}".format_map(Missing(a=1)))
try:
    "{a}".format_map([])
except TypeError as e:
    print(type(e).__name__, e)
print("{0}".format(*range(3)), "{2}{1}{0}".format(*"abc"), "{x}{y}".format(**{"x": 1, "y": 2}))

# String presentation: alignment, fill, width, precision (truncation), and errors.
words = ["", "a", "hello", "héllo", "😀x", "longer than ten"]
specs = ["", "s", "10", "<10", ">10", "^10", "*^9", ".3", "10.3", "^7.2", "-<6", "0>5", "=^5"]
for w in words:
    print(repr(w), [format(w, s) for s in specs])
for bad in ["d", "=10", "+", " ", "#", ",", "010", "x", "10.2f"]:
    try:
        print(bad, format("abc", bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(f"{'x':{'>'}{5}}|", f"{'abc'!r:>8}|", f"{'é'!a:^9}|", f"{None!s:.2}|", f"{[1, 2]!s:>8}|")
print(format(None), format(None, ""), format([1], ""), format((1,), ""))
for obj in (None, [1], object()):
    try:
        format(obj, "5")
    except TypeError as e:
        print(type(e).__name__, e)
print("{:>5}".format("ab"), "{0:<{1}}|".format("ab", 6), "{:^{w}.{p}}|".format("abcdef", w=8, p=3))
class Named:
    def __format__(self, spec):
        return f"Named[{spec}]"
print(format(Named(), "xyz"), f"{Named():abc}", "{:q}".format(Named()), f"{Named()!s:>3}" if False else "")
print(format("abc", "\x00^7") == "\x00\x00abc\x00\x00", format("x", "{^5"), format("x", "}<3"))

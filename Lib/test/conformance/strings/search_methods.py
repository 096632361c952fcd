# find/rfind/index/rindex/count/startswith/endswith with start/end arguments, including negatives.
s = "abracadabra"
for sub in ["a", "bra", "cad", "z", "", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
for start, end in [(1, None), (-4, None), (0, 5), (3, -3), (100, None), (-100, 4), (5, 2), (None, None)]:
    print(start, end, s.find("a", start, end), s.rfind("a", start, end), s.count("a", start, end),
          s.find("", start, end), s.count("", start, end))
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.endswith("bra", 0, -0),
      s.endswith(("cad", "dab"), 0, 9), s.startswith("", 11), s.startswith("", 12), s.endswith(""))
for args in [("z",), ("a", 20), ("bra", 2, 8)]:
    try:
        print(s.index(*args), s.rindex(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
try:
    s.rindex("q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" in [1] or (1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "".count(""), "abc".count(""))
print("mississippi".split("ss"), "mississippi".index("ssi", 3), "mississippi".rindex("ssi", 0, 6))
print("héllo wörld".find("ö"), "😀a😀b".rfind("😀"), "😀a😀b".count("😀"), "a\x00b".find("\x00"))
print(s.find("a", True), s.find("a", None, None), s.count("a", 2**100), s.find("a", -(2**100)))

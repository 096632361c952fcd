# strip family, padding (center/ljust/rjust/zfill), expandtabs.
s = "  \t xxhixx \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" \txn")), repr(s.strip("")))
print(repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("www.example.com".lstrip("cmowz.")))
print(repr("\u3000hi\u2003".strip()), repr("\x1c\x1d\x1e\x1fhi\x85".strip()), repr("hi\x00".strip()))
for w in (0, 3, 8, 9, 10):
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")), repr("abc".ljust(w, ".")),
          repr("abc".rjust(w, ".")))
for v in ("42", "-42", "+42", "", "abc", "-", "--1", "4.2", "０"):
    print(repr(v), repr(v.zfill(5)), repr(v.zfill(1)))
for bad in ("", "ab"):
    try:
        "x".center(5, bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
t = "a\tbc\tdef\tg\n12345678\tx\r\ty"
print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)), repr(t.expandtabs(1)), repr(t.expandtabs(-3)))
print(repr("😀".center(5, "é")), repr("é".rjust(3, "😀")))
print(repr("abc".removeprefix("ab")), repr("abc".removeprefix("x")), repr("abc".removesuffix("bc")), repr("abc".removesuffix("")))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
r = S("x").ljust(1)
print(type(r).__name__, type(S("x").ljust(3)).__name__, type(S(" x ").strip()).__name__)

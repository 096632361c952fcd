# Code points beyond the BMP count as one character; surrogates are separate code points.
s = "a😀b𝄞c\U0010ffff"
print(len(s), [hex(ord(c)) for c in s], s[1], s[-1] == chr(0x10FFFF), s[::-1] == "".join(reversed(s)))
print(s.encode("utf-8"), len(s.encode("utf-8")), s.encode("utf-16-le")[:8], len(s.encode("utf-32-be")))
print(ascii(s), repr(s), s.upper(), s.isprintable(), "😀".isalpha())
print(chr(0x1F600), chr(0x10000), ord("𝄞"), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "\U0001F600" == "😀")
sur = "\ud83d\ude00"
print(len(sur), sur == "😀", repr(sur), ascii(sur), sur.isprintable())
try:
    sur.encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(sur.encode("utf-8", "surrogatepass"), sur.encode("utf-8", "replace"), sur.encode("utf-8", "backslashreplace"))
print(b"\xf0\x9f\x98\x80".decode(), b"\xed\xa0\xbd".decode("utf-8", "replace"), b"\xed\xa0\xbd".decode("utf-8", "surrogateescape") == "\udced\udca0\udcbd")
print(sorted(["😀", "z", "é", "\uffff", "𝄞"]), max("a😀b"), min("😀é"))
print("😀" < "\uffff", "\uffff" < "😀", "a😀" > "a\ue000")
print(f"{'😀':*^7}", "{:>4}".format("𝄞"), "%-3s|" % "😀", "😀".center(4, "."))
print("x😀y😀z".split("😀"), "😀😀😀".count("😀"), "😀😀😀".find("😀", 1), "😀ab".index("b"))
for cp in (-1, 0x110000):
    try:
        chr(cp)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ("", "ab", "😀😀"):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(str(b"\xf0\x9f\x98\x80", "utf-8"), str(b"abc", "ascii"), "é".encode("latin-1"), "é".encode("utf-16"))
print([c for c in "e\u0301"], len("e\u0301"), "e\u0301" == "é", "\u0301".isalpha())
print("ℌ😀".encode("utf-8").decode("utf-8") == "ℌ😀", bytes("😀", "utf-8").hex(" "))

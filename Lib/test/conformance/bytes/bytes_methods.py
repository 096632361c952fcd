# bytes methods mirror str methods but operate on ASCII only.
b = b"  Hello, World! \xe9 "
print(b.strip(), b.lstrip(), b.rstrip(b" \xe9"), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(), b.split(b","), b.rsplit(None, 1), b"a,b,,c".split(b",", 1), b"x\ny\r\nz".splitlines(True))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111), b.count(108), b.startswith((b"x", b"  H")))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"abc".replace(b"b", b"BB"), b"abc".partition(b"b"))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"-4".zfill(4))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"Ab".istitle(), b"\xe9".isalpha(),
      b"".isascii(), b"\x80".isascii(), b"AB".isupper(), b"ab".islower())
print(b"a\tb".expandtabs(4), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"hello".translate(None, b"l"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abc".translate(t, b"b"))
print(b"%s %d %x %r %a %c %c" % (b"bytes", 5, 255, b"r", "é", 65, b"B"), b"%5s|%-5s|" % (b"a", b"b"), b"%%" % ())
for bad in [lambda: b"%s" % "str", lambda: b"abc".find("b"), lambda: b"a".join(["b"]), lambda: b"x".split(""),
            lambda: b"x".split(b""), lambda: b"%c" % 256, lambda: b"%c" % b"ab", lambda: b"x".center(3, "y"),
            lambda: b"abc".index(b"z"), lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".translate(b"short")]:
    try:
        print(repr(bad()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"hello world".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"x".decode(errors="strict"))
print(b"A".lower() is not None, type(b"ab".upper()).__name__, b"".join([]), b"ab" * 0)
class B(bytes):
    pass
print(type(B(b"x").upper()).__name__, type(B(b"x") + b"y").__name__, B(b"q"), repr(B(b"q")), B(b"x") == b"x")
print(b"abcabc".rindex(b"c"), b"abcabc".rfind(b"c", 0, 4), b"aXbXc".rsplit(b"X", 1), b"abc".endswith(b"bc", 1))

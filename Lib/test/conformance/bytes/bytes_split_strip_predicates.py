# bytes/bytearray split, strip, partition, and predicates on ASCII-only semantics.
samples = [b"", b"  a b  ", b"a,b,,c", b"\t\nx\x0b\x0cy\r", b"\xa0nbsp\xa0", b"CamelCase", b"123", b"a1!", b"Title Case"]
for s in samples:
    print(repr(s), s.split(), s.split(b","), s.strip(), s.lstrip(b" a"), s.rstrip(b"\r\xa0"))
    print("   ", s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
print(b"a-b-c".rsplit(b"-", 1), b"a-b-c".partition(b"-"), b"a-b-c".rpartition(b"-"), b"abc".partition(b"x"))
print(b"line1\nline2\r\nline3".splitlines(), b"x\ny\n".splitlines(keepends=True), bytearray(b"p q").split())
print(bytearray(b"  x  ").strip(), type(bytearray(b"a").strip()).__name__, type(bytearray(b"a b").split()[0]).__name__)
print(b"hello".startswith(b"he"), b"hello".endswith((b"lo", b"x")), b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".index(b"e"))
print(b"hello".count(b"l"), b"hello".count(ord("l")), b"aaa".count(b""), b"hello".replace(b"l", b"L", 1))
print(b"ab".upper(), b"\xe9A".lower(), b"hello world".title(), b"hELLO".capitalize(), b"aBc".swapcase())
print(b"x".center(5, b"-"), b"x".ljust(3, b"."), b"x".rjust(3), b"7".zfill(3), bytearray(b"-7").zfill(4))
try:
    b"a b".split(" ")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".strip("a")
except TypeError as e:
    print(type(e).__name__, e)
print(b"a\tb".expandtabs(), b"a\tb".expandtabs(2), b"A B".split(maxsplit=0), b"1 2 3".split(None, 1))
print(bytes(b"\x00\x01").isalnum(), b"abc".removeprefix(b"ab"), bytearray(b"abc").removesuffix(b"c"), b"".join([b"a", b"b"]))

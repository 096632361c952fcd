# Common bytes and bytearray methods applied to a set of byte strings; results must match exactly.
samples = [b"", b" ", b"abc", b"ABC def", b"  padded\t", b"Title Case", b"x1y2", b"\x00\xff\x80", b"a\nb\r\nc", b"a,b,,c", b"...dots..."]
methods = [
    ("upper", ()), ("lower", ()), ("title", ()), ("capitalize", ()), ("swapcase", ()), ("strip", ()), ("lstrip", (b" .",)),
    ("rstrip", (b".\t",)), ("split", ()), ("split", (b",",)), ("rsplit", (None, 1)), ("splitlines", ()), ("partition", (b" ",)),
    ("find", (b"a",)), ("rfind", (97,)), ("count", (b"a",)), ("replace", (b"a", b"@")), ("center", (11, b"*")), ("ljust", (8, b"-")),
    ("zfill", (6,)), ("expandtabs", (4,)), ("startswith", (b"a",)), ("endswith", ((b"e", b"c"),)), ("isalpha", ()), ("isdigit", ()),
    ("isalnum", ()), ("isspace", ()), ("istitle", ()), ("isupper", ()), ("islower", ()), ("isascii", ()), ("hex", ()),
    ("removeprefix", (b"a",)), ("decode", ("latin-1",)), ("decode", ()), ("join", ([b"1", b"2"],)),
]
for s in samples:
    print(repr(s))
    for cls in (bytes, bytearray):
        value = cls(s)
        row = []
        for name, args in methods:
            try:
                result = getattr(value, name)(*args)
            except Exception as e:
                result = f"{type(e).__name__}: {e}"
            row.append(repr(result))
        print(f"  {cls.__name__}: " + " | ".join(row))

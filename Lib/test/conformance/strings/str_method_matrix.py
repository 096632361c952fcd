# Every common str method applied to a set of tricky strings; one line per (string, method) pair.
samples = ["", " ", "abc", "ABC def", "  padded\t", "Title Case Here", "snake_case_name", "x1y2", "ß ﬁ İ ǅ", "ΣΑΣ σας",
           "a\nb\r\nc", "tab\there", "😀 emoji", "١٢٣", "MiXeD", "...dots...", "a,b,,c"]
methods = [
    ("upper", ()), ("lower", ()), ("casefold", ()), ("title", ()), ("capitalize", ()), ("swapcase", ()), ("strip", ()),
    ("lstrip", (" .",)), ("rstrip", (".\t",)), ("split", ()), ("split", (",",)), ("rsplit", (None, 1)), ("splitlines", ()),
    ("partition", (" ",)), ("rpartition", ("_",)), ("find", ("a",)), ("rfind", ("a",)), ("count", ("a",)), ("replace", ("a", "@")),
    ("center", (11, "*")), ("ljust", (8, "-")), ("rjust", (8,)), ("zfill", (6,)), ("expandtabs", (4,)), ("startswith", ("a",)),
    ("endswith", (("e", "c"),)), ("isalpha", ()), ("isdigit", ()), ("isdecimal", ()), ("isnumeric", ()), ("isalnum", ()),
    ("isspace", ()), ("istitle", ()), ("isupper", ()), ("islower", ()), ("isidentifier", ()), ("isprintable", ()), ("isascii", ()),
    ("removeprefix", ("a",)), ("removesuffix", ("c",)), ("encode", ()), ("join", (["1", "2"],)),
]
for s in samples:
    print(repr(s))
    for name, args in methods:
        try:
            result = getattr(s, name)(*args)
        except Exception as e:
            result = f"{type(e).__name__}: {e}"
        print(f"  {name}{args!r}: {result!r}")

import sys
# repr() and str() of every builtin exception class constructed with 0, 1 and 2 arguments.
builtins = sys.modules["builtins"]
classes = sorted((obj for obj in vars(builtins).values() if isinstance(obj, type) and issubclass(obj, BaseException)),
                 key=lambda c: c.__name__)
arg_sets = [(), ("msg",), ("a", 2)]
for cls in classes:
    cells = []
    for args in arg_sets:
        try:
            if issubclass(cls, BaseExceptionGroup):
                e = cls("group", [ValueError(*args)])
            else:
                e = cls(*args)
            cells.append(f"{repr(e)} / {str(e)!r}")
        except TypeError as err:
            cells.append(f"TypeError: {err}")
    print(f"{cls.__name__}: " + " || ".join(cells))
print(len(classes))
special = [
    UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"),
    UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)"),
    UnicodeTranslateError("é", 0, 1, "no mapping"),
    OSError(2, "No such file or directory", "missing.txt"),
    OSError(13, "Permission denied", "a", None, "b"),
    SyntaxError("invalid syntax", ("file.py", 1, 5, "x = = 1\n", 1, 6)),
    KeyError(("tuple", "key")), KeyError(""), StopIteration(1, 2), SystemExit("bye"), NameError("n", name="n"),
]
for e in special:
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)

# Codecs with error handlers and the exact messages of Unicode errors.
s = "aé€😀"
for enc in ("utf-8", "latin-1", "ascii", "utf-16-le", "utf-16-be", "utf-32-le", "cp1252"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e, e.start, e.end, repr(e.reason), e.encoding)
data = b"ab\xff\xfecd\xc3\xa9\xe2\x82"
for enc in ("utf-8", "ascii", "latin-1", "utf-16-le"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
        try:
            print(enc, errors, repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, type(e).__name__, e, e.start, e.end, e.object[:2])
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    b"x".decode("utf-8", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
print("ABC".encode("UTF8"), "abc".encode("Latin_1"), "x".encode(encoding="utf_8"), b"x".decode("U8"))
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), "hi".encode("utf-8-sig"), b"\xff\xfeh\x00".decode("utf-16"))
e = UnicodeDecodeError("utf-8", b"\x80\x81", 0, 2, "bad bytes")
print(e, e.args[:1], e.reason)
e2 = UnicodeEncodeError("ascii", "\u1234x", 0, 1, "nope")
print(e2, e2.object)
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str(b"\xff", "ascii", "ignore"), str(b"abc"), str(bytearray(b"q"), "utf-8"))

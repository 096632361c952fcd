# Case conversion, including Unicode special cases (ß, dotted I, title-casing of digraphs).
samples = ["hello world", "HELLO", "hELLo wOrLD", "straße", "ǅungla", "ﬁne", "ŉ", "İstanbul", "ΣΑΣ",
           "they're bill's friends", "123abc", "a1b2c3", "  spaced  out ", "", "ÀÉÎõü", "Ⅻ", "ǈ"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()),
          repr(s.swapcase()), repr(s.casefold()))
print("ß".upper(), len("ß".upper()), "ß".casefold() == "ss", "MASSE".casefold() == "maße".casefold())
print("İ".lower(), len("İ".lower()), [hex(ord(c)) for c in "İ".lower()])
print("ΌΣΟΣ".lower(), "ΑΣ Σ".lower())
print("hello"[0].upper() + "hello"[1:], "x".join("ABC").lower())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".isupper(), "hello1".islower(), "123".islower())
print("ǅ".istitle(), "ǅ".isupper(), "ǅ".islower(), "Σ".isupper())
print(str.upper("abc"), str.lower(s="X") if False else str.lower("X"))
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
print(type(S("ab").upper()).__name__, type(S("ab").title()).__name__, S("ab").upper())

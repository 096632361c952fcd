# The is* predicates over ASCII and Unicode samples.
samples = ["", "abc", "ABC", "Abc", "abc1", "123", "½", "²", "١٢٣", "Ⅻ", "３", " ", "\t\n", "\x1c", "\u00a0",
           "\u200b", "_x", "x-y", "if", "ℌ", "é", "e\u0301", "😀", "\x7f", "a b", "Σίσυφος", "𝟘", "〇", "₃"]
names = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isidentifier", "isprintable",
         "isascii", "isupper", "islower", "istitle"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    flags = "".join("1" if getattr(s, n)() else "0" for n in names)
    print(repr(s).ljust(16), flags)
print("1".isdigit() and "1".isdecimal(), "\u0e50".isdecimal(), "\u2155".isnumeric(), "\u2155".isdigit())
print("_".isidentifier(), "1a".isidentifier(), "a1".isidentifier(), "ǅ".isidentifier(), "·".isidentifier(), "a·".isidentifier())
print("def".isidentifier(), "None".isidentifier(), "\u2118".isidentifier(), "℘x".isidentifier())
try:
    str.isalpha(3)
except TypeError as e:
    print(type(e).__name__, e)
for cp in (0x30, 0x39, 0x41, 0x5F, 0x660, 0x966, 0xFF10, 0x1D7CE, 0x2160, 0xBC, 0x3007, 0x2082):
    c = chr(cp)
    print(hex(cp), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum())
class S(str):
    pass
print(S("abc").isalpha(), S("").isspace(), S(" ").isspace())

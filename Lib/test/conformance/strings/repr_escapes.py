# repr() of strings: quote selection and escapes for control and non-printable characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\nx", "cr\rx", "\x00\x01\x1f",
           "\x7f\x80\x9f\xa0", "\xad", "é", "\u200b", "\u2028", "\ufeff", "\U0001f600", "\U000e0001", "\ud800", "\uffff",
           "\x0b\x0c", "'", '"', "''\"", "\\'", "\a\b"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(str(["it's", "a\nb", 'q"']), str({"k'": "v\t"}), str(("\x00",)))
print("%r %a %s" % ("é\n", "é\n", "é\n"))
print(f"{'x'!r} {'é'!a} {'ß'!s}")
print(repr("a" * 3 + "'" * 2), repr(str()), repr(" "))
class S(str):
    def __repr__(self):
        return "S<" + str.__repr__(self) + ">"
print(repr(S("z")), [S("z")], str(S("z")), f"{S('z')!r}")
print(r"raw\n\t", r"\\", len(r"\n"), rb"\x00", "\N{BULLET}", "\x41\101\u0041\U00000041")
print("line1\
line2", "adjacent" "literals" 'joined', """triple "quoted" 'str'""")
for cp in (0x0, 0x7, 0x1b, 0x85, 0xa0, 0x2029, 0x3000, 0xe000, 0xfffe, 0x10ffff, 0x1d11e, 0xe0100):
    c = chr(cp)
    print(hex(cp), repr(c), ascii(c), c.isprintable())
print(repr("a'b\"c"), repr('\''), repr("\\"), repr("\0"))

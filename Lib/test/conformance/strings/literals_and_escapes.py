# String and bytes literal forms: escapes, raw strings, triple quotes, concatenation, \N{...} names.
print("tab:\t| newline escaped:\\n | quote:\" | apostrophe:' | bell repr:", repr("\a"))
print("\x41\x62", "\101\142", "\u00e9\u20ac", "\U0001F40D", "\N{SNAKE}", "\N{LATIN SMALL LETTER E WITH ACUTE}", "\0".encode())
print(len("\n"), len(r"\n"), r"C:\new\table", rb"\x00\n", br"\d+", R"raw upper", Rb"RB")
print("""triple with "quotes" and 'single'""", '''other triple "x"''', """line1
line2""")
print("implicit" "concat" 'enation', "mixed " f"{1 + 1}" " with f-string", b"bytes" b" concat")
print("backslash at end of line \
continues here")
s = """\
no leading newline
  indented\
 joined"""
print(repr(s))
print(repr("\777"[0] if False else "\77"), repr("\400" if False else "\177"), "\x7f" == "\177")
print("unknown escapes kept:", len("\d"), "\q" == "\\q") if False else print("escape lengths:", len("\\d"), len("\\\\"))
print(repr("\r\n"), repr("\v\f"), repr("\b"), [ord(c) for c in "\a\b\f\n\r\t\v"])
print(b"\x00\xff\n".hex(), b"\101", b"caf\xc3\xa9".decode(), list(b"\t\\"))
print(f"{'nested'!r}", f"{{}}", f"{'{'}", f"{chr(92)}")
print(u"unicode prefix", U"upper U", type(u"x").__name__)
long = ("part one, "
        "part two, "
        "part three")
print(long, len(long))
print("é" == "\xe9", "e\u0301" != "\xe9", len("e\u0301"), "\uD83D\uDE00" != "😀", len("😀"))
print(repr("'"), repr('"'), repr("'\""), repr("\\'"), str('"'), "%r" % "it's")
for name in ("GREEK CAPITAL LETTER OMEGA", "DIGIT ZERO", "EM DASH", "NO-BREAK SPACE"):
    ch = eval(r'"\N{' + name + '}"')
    print(name, repr(ch), hex(ord(ch)))
try:
    eval(r'"\N{NOT A REAL NAME}"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval(r'"\x4"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval(r'b"\u1234x"') and print("bytes keep \\u literally")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

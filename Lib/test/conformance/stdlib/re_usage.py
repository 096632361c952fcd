# re: match/search/fullmatch/findall/finditer/sub/split, groups, named groups, flags and errors.
import re
text = "Order 66 shipped 2023-11-24; order 7 pending 2024-01-05."
print(re.findall(r"\d+", text), re.findall(r"(\d{4})-(\d\d)-(\d\d)", text))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", text)
print(m.group(0), m.group("year"), m.groups(), m.groupdict(), m.span(), m.start("month"), m.end())
print(re.match(r"order", text), re.match(r"order", text, re.I).group(), re.fullmatch(r"\w+", "abc_1"), re.fullmatch(r"\w+", "a b"))
print([mm.group() for mm in re.finditer(r"[A-Z]\w*", text)], re.split(r"[;,.]\s*", text))
print(re.sub(r"\d+", "#", text), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"), re.subn("o", "0", "foo boo"))
print(re.sub(r"\d+", lambda mm: str(int(mm.group()) * 2), "a1 b22 c333"), re.split(r"(-)", "a-b-c", maxsplit=1))
pat = re.compile(r"^\s*(\w+)\s*=\s*(.*?)\s*$", re.M)
print(pat.findall("a = 1\n  b=two  \nbad line\nc =  3 "), pat.pattern[:6], pat.flags & re.M != 0, pat.groups)
print(re.findall(r"a.c", "abc a\nc", re.S), re.findall(r"^x", "x\nx", re.M), re.findall(r"(?i)HELLO", "hello HeLLo"))
print(re.escape("a.b*c?"), re.findall(r"\bcat\b", "cat concat cat."), re.findall(r"(a)|(b)", "ab"))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("none"), re.match(r"(a)(b)?", "a").lastindex)
print(re.findall(r"a*?", "aaa"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"(?<=\$)\d+", "$10 and $200"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.findall(r"(\w)\1", "aabbcd"), re.search(r"x", "abc"))
for bad in [r"(", r"[a-", r"a{2,1}", r"\1", r"(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e)
print(re.findall(r"[\u00e9\u00e8]", "été è"), re.findall(r"\w+", "naïve café 😀 x"), re.findall(rb"\d", b"a1b2"))

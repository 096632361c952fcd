# split/rsplit/splitlines/partition/rpartition/join.
s = "  a  b\tc\n d  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.split(" ", 2), s.rsplit(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", -1), "a,b,,c,".rsplit(",", 1), "".split(","), "".split())
print("a::b::c".split("::"), "abc".split("abc"), "x".split("x", 0), "  ".split(" "), "1 2 3".split(maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
lines = "one\ntwo\r\nthree\rfour\x0bfive\x1csix\u2028seven\n\n"
print(lines.splitlines(), lines.splitlines(True), lines.split("\n"))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(keepends=True), "a\x85b".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(("only",)), "ab".join(["1", "2", "3"]))
print(" ".join(k for k in sorted({"b": 1, "a": 2})), "\n".join(map(str, range(3))))
for bad in ([1, 2], ["a", None], ["a", b"b"]):
    try:
        "-".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "-".join(5)
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
print(repr("".join([S("x")])), type("".join([S("x")])).__name__, type(S("a b").split()[0]).__name__)
print("a b  c".split(" ", maxsplit=-1), "a\u3000b\u00a0c".split(), "a\x1fb\x1ec".split())
print("a.b.c".rsplit(".", maxsplit=1)[0], "path/to/file.txt".rpartition("/")[2])

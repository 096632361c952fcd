import sys
# print() with sep, end, file (stdout, stderr, custom objects) and flush; ordering of streams.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print()
print("", end="")
print("no newline", end="")
print(" -> continued")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=",")
print(*range(5), sep="-")
print(*[], sep="unused", end="[empty print]\n")
print("x", sep=None, end=None)
print("to stderr", file=sys.stderr)
print("stderr", "with", "sep", sep="_", file=sys.stderr, flush=True)
print("back to stdout", flush=True)
print("explicit stdout", file=sys.stdout)
print("file=None means stdout", file=None)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print("into", "collector", sep="+", end="!", file=c)
print(file=c)
print(c.parts)
class FlushTracker(Collector):
    def flush(self):
        self.parts.append("<flush>")
f = FlushTracker()
print("flushed", file=f, flush=True)
print("not flushed", file=f)
print(f.parts)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
for kw in [{"sep": 1}, {"end": b"x"}, {"bogus": 1}]:
    try:
        print("x", **kw)
    except TypeError as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return "S.__str__"
    def __repr__(self):
        return "S.__repr__"
print(S(), [S()], (S(),), {"k": S()}, sep="; ")
print("tab\tand\nnewline", "unicode é 😀", b"bytes", bytearray(b"ba"))
sys.stdout.write("direct write\n")
print(sys.stdout.write("counted\n"))
sys.stderr.write("direct stderr\n")
print("last line", end="")

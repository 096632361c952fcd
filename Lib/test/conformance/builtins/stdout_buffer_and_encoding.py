import sys
# Writing through sys.stdout and its buffer, newline handling, and unencodable characters.
print("text line")
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes line\n")
sys.stdout.buffer.flush()
print("unicode: \u00e9 \u20ac \U0001F600")
n = sys.stdout.write("write returns length\n")
print(n, sys.stdout.write(""), sys.stdout.writable(), sys.stdout.readable() if hasattr(sys.stdout, "readable") else "")
sys.stdout.writelines(["a\n", "b\n"])
print("carriage\rreturn", "and\ttab")
print(sys.stdout.encoding.lower(), sys.stdout.line_buffering in (True, False), sys.stdout.name, sys.stderr.name)
try:
    print("lone surrogate \udc80")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
try:
    sys.stdout.write(b"bytes to text stream")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.buffer.write("str to buffer")
except TypeError as e:
    print(type(e).__name__, e)
print("stderr sample", file=sys.stderr)
sys.stderr.write("stderr write\n")
sys.stderr.flush()
print(type(sys.stdout).__name__, type(sys.stdout.buffer).__name__, sys.stdout.fileno(), sys.stderr.fileno())
print("end", end="")
print("", end="\n")
print("\x00nul and \x7f del bytes pass through")
sys.stdout.flush()
sys.stdout.buffer.write("é".encode("latin-1") + b"\n")
sys.stdout.flush()
print("after invalid utf-8 byte written raw")

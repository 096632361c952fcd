import sys
# SystemExit codes: None means 0, True means 1, large values wrap, and non-int objects are printed.
cases = [None, 0, 1, 2, True, False, "text", 256, -1, 3.5, [1, 2], (4,)]
for code in cases:
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print(f"{code!r:>8} -> code {e.code!r}, str {str(e)!r}")
e = SystemExit(1, 2)
print(e.code, e.args)
e = SystemExit()
print(e.code, e.args)
class CodeObj:
    def __str__(self):
        return "custom exit object"
    def __repr__(self):
        return "CodeObj()"
try:
    sys.exit(CodeObj())
except SystemExit as e:
    print("object code:", repr(e.code))
print("exiting with a list object: printed via str() to stderr, status 1")
sys.stdout.flush()
raise SystemExit([1, "two"])

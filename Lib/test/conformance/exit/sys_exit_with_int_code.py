import sys
# sys.exit(3) after output on both streams: exit code 3, no traceback, finally blocks run first.
def work(items):
    total = 0
    for item in items:
        total += item
        print("running total", total)
    return total


result = work([1, 2, 3])
print("result", result, file=sys.stderr)
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code, repr(e), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
try:
    print("about to exit")
    sys.exit(3)
finally:
    print("finally runs before the interpreter exits")
print("never printed")

import sys
# sys.exit with a negative code: the process status is the code modulo 256.
def countdown(n):
    while n > 0:
        print("tick", n)
        n -= 1
    return n


print(countdown(3))
codes = []
for c in (-1, 255, 256, 257, 2**31 - 1):
    try:
        sys.exit(c)
    except SystemExit as e:
        codes.append(e.code)
print(codes)
print("stderr is separate", file=sys.stderr)
def describe(code):
    return "success" if code in (None, 0) else f"failure {code}"
print([describe(c) for c in (None, 0, 1, -1)])
print(sys.exit.__name__, type(sys.exit).__name__)
print("exiting with -1 (status 255)")
sys.exit(-1)

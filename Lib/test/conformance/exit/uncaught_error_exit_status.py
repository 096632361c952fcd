import sys
# Uncaught exceptions give exit status 1; output already printed to stdout is kept.
def risky(values):
    out = []
    for v in values:
        out.append(10 / v)
        print("ok", v, out[-1])
    return out


print(risky([1, 2, 4]))
sys.stdout.write("partial line without newline, then ")
sys.stdout.write("the traceback goes to stderr\n")
print("stderr note before failing", file=sys.stderr)
try:
    risky([0])
except ZeroDivisionError as e:
    print("caught the first one:", e)
print(sum(risky([10, 20])))
risky([5, 0, 1])

import sys
# sys.excepthook receives uncaught exceptions; a custom hook prints its own report to stderr.
def hook(exc_type, exc, tb):
    frames = 0
    while tb is not None:
        frames += 1
        tb = tb.tb_next
    print(f"custom hook: {exc_type.__name__}: {exc} ({frames} frames)", file=sys.stderr)
    print("cause:", repr(exc.__cause__), file=sys.stderr)


print(sys.excepthook is sys.__excepthook__)
sys.excepthook = hook
print(sys.excepthook is hook)


def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError(f"lookup of {k!r} failed") from e


print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")

# SystemExit raised deep in calls unwinds through finally blocks and context managers, then exits 4.
class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, getattr(ev, "code", None))
        return False


def inner():
    with Guard("inner"):
        try:
            raise SystemExit(4)
        finally:
            print("inner finally")


def outer():
    with Guard("outer"):
        try:
            inner()
        except Exception:
            print("Exception does not catch SystemExit")


outer()
print("not reached")

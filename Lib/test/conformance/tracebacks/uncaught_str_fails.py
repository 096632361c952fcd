# When __str__ of the uncaught exception raises, CPython prints a placeholder instead of a message.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("cannot render")


class Fine(Exception):
    def __str__(self):
        return "fine message"


try:
    raise Fine()
except Fine as e:
    print("caught fine:", e)
try:
    str(Broken())
except RuntimeError as e:
    print("str() failed as expected:", e)
print("repr still works:", repr(Broken("x")))


def fail():
    raise Broken("payload")


fail()

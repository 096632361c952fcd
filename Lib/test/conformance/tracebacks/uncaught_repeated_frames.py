# Repeated identical frames are collapsed with "[Previous line repeated N more times]".
def countdown(n):
    if n == 0:
        raise ValueError("reached zero")
    return countdown(n - 1)


def alternate(n):
    if n == 0:
        raise KeyError("alternate done")
    return other(n - 1)


def other(n):
    return alternate(n)


try:
    alternate(4)
except KeyError as e:
    print("alternate raised", e)
print("counting down")
countdown(25)

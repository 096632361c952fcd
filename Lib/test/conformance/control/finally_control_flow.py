# return/break/continue inside try/finally: finally always runs and may override the outcome.
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def order():
    log = []
    def step(x):
        log.append(x)
        return x
    try:
        return step("try-return")
    finally:
        step("finally")
        print("log inside finally", log)
print(order())
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                break
    return i
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise RuntimeError
            out.append(i)
        finally:
            continue
    return out
print(loop_continue())
def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def value_changes():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(value_changes())
def rebind():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebind())
def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    exc_in_finally()
except TypeError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__, e.__context__)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print("got", v)
    break
print("after gen loop")
i = 0
while True:
    try:
        i += 1
        if i > 2:
            break
    finally:
        print("while finally", i)

# Edge cases of generator finalization: close() in various states, return in finally, exceptions in close.
def g1():
    try:
        yield 1
    finally:
        print("g1 finally")
        return "finally return"
gen = g1()
next(gen)
print("close result:", gen.close())
def g2():
    try:
        yield 1
    finally:
        yield "yield in finally"
gen = g2()
next(gen)
try:
    gen.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def g3():
    yield 1
gen = g3()
list(gen)
print("close exhausted:", gen.close())
def g4():
    try:
        yield 1
    except GeneratorExit:
        print("g4 got GeneratorExit")
        raise KeyError("replacing GeneratorExit")
gen = g4()
next(gen)
try:
    gen.close()
except KeyError as e:
    print("close raised", repr(e), type(e.__context__).__name__)
def g5():
    for i in range(3):
        try:
            yield i
        finally:
            print("g5 finally", i)
gen = g5()
print(next(gen), next(gen))
gen.close()
print("after close, next ->", next(gen, "exhausted"))
def g6():
    try:
        yield "a"
    finally:
        print("g6 cleanup during throw")
gen = g6()
next(gen)
try:
    gen.throw(ValueError("thrown"))
except ValueError as e:
    print("throw propagated", e)
def g7():
    while True:
        try:
            yield
        except GeneratorExit:
            print("g7 exiting")
            return
gen = g7()
next(gen)
gen.close()
gen.close()
print("double close fine")
def g8():
    yield from g1()
gen = g8()
next(gen)
print("delegating close:", gen.close())
def g9():
    try:
        yield 1
    finally:
        print("g9 finally runs when the loop breaks and the generator is closed explicitly")
gen = g9()
for v in gen:
    break
gen.close()

# PEP 479: StopIteration raised inside a generator becomes RuntimeError; return value in StopIteration.
def bad():
    yield 1
    raise StopIteration("explicit")
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def leaks_from_next():
    it = iter([])
    yield next(it)
try:
    list(leaks_from_next())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def returns_value():
    yield 1
    return "the value"
g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", repr(e.value), e.args)
def returns_none():
    yield 1
g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("exhausted again:", repr(e.value))
def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value, e.args)
def returns_stopiteration_instance():
    return StopIteration("inner")
    yield
try:
    next(returns_stopiteration_instance())
except StopIteration as e:
    print(repr(e.value))
class Iter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("from class is fine")
print(list(Iter()))
def comprehension_inside():
    return [x for x in Iter()]
print(comprehension_inside())
def gen_with_iter():
    yield from Iter()
    yield "after"
print(list(gen_with_iter()))
gexp = (next(iter([])) for _ in range(1))
try:
    list(gexp)
except RuntimeError as e:
    print("genexp:", type(e).__name__, e)

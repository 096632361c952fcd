# Implicit chaining (__context__), explicit (__cause__), and __suppress_context__.
def describe(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e}) cause={type(e.__cause__).__name__ if e.__cause__ else None} "
                     f"context={type(e.__context__).__name__ if e.__context__ else None} suppress={e.__suppress_context__}")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return parts
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(describe(e))
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("explicit") from ke
except RuntimeError as e:
    print(describe(e), e.__context__ is e.__cause__)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError("hidden context") from None
except TypeError as e:
    print(describe(e), type(e.__context__).__name__)
try:
    raise OSError("with cause") from ValueError("the cause")
except OSError as e:
    print(describe(e), e.__context__)
try:
    raise KeyError("k") from ValueError
except KeyError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))
try:
    raise KeyError("k") from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError:
            raise KeyError("c")
except KeyError as e:
    print(describe(e))
e = ValueError("manual")
print(e.__context__, e.__cause__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("set")
print(e.__suppress_context__)
e.__suppress_context__ = False
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise ValueError("original")
    except ValueError as first:
        raise first
except ValueError as again:
    print(again.__context__)
def reraise_in_finally():
    try:
        raise ValueError("in try")
    finally:
        try:
            raise KeyError("in finally")
        except KeyError as k:
            print("context of finally's exception:", repr(k.__context__))
try:
    reraise_in_finally()
except ValueError as e:
    print("propagated", repr(e), e.__context__)
try:
    try:
        raise ValueError("x")
    except ValueError as x:
        x.__context__ = None
        raise TypeError("y")
except TypeError as y:
    print(repr(y.__context__))

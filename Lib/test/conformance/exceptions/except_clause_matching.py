# except clause matching order, tuples, inheritance, name unbinding after the handler, bare raise.
class AppError(Exception): pass
class DbError(AppError): pass
class NetError(AppError): pass
def classify(exc):
    try:
        raise exc
    except DbError:
        return "DbError handler"
    except (NetError, KeyError) as e:
        return f"tuple handler ({type(e).__name__})"
    except AppError:
        return "AppError handler"
    except LookupError:
        return "LookupError handler"
    except Exception as e:
        return f"generic handler ({type(e).__name__})"
for exc in [DbError(), NetError(), AppError(), KeyError(), IndexError(), ValueError(), DbError]:
    print(classify(exc))
try:
    raise ValueError("bound")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)
err = "preexisting"
try:
    raise ValueError
except ValueError as err:
    pass
print("err" in dir())
def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling, then bare raise")
        raise
try:
    reraise()
except KeyError as e:
    print("outer caught", repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise TypeError("t")
    except:
        print("bare except caught", "TypeError")
        raise
except TypeError:
    print("re-raised from bare except")
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise SystemExit(0)
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
for exc_type in (GeneratorExit, KeyboardInterrupt):
    try:
        raise exc_type
    except Exception:
        print("wrong")
    except BaseException as e:
        print("base only:", type(e).__name__)
def nested_handlers():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise KeyError("second")
        finally:
            print("inner finally")
    except KeyError as e:
        return f"got {e!r} with context {e.__context__!r}"
print(nested_handlers())

# Order of try/except/else/finally execution in all combinations.
def run(raise_in_try, raise_in_else=False, raise_in_except=False):
    log = []
    try:
        try:
            log.append("try")
            if raise_in_try:
                raise ValueError("try")
        except ValueError:
            log.append("except")
            if raise_in_except:
                raise KeyError("except")
        else:
            log.append("else")
            if raise_in_else:
                raise TypeError("else")
        finally:
            log.append("finally")
    except Exception as e:
        log.append(f"outer caught {type(e).__name__}")
    return log
print(run(False))
print(run(True))
print(run(False, raise_in_else=True))
print(run(True, raise_in_except=True))
def ret_in_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally before return from else")
print(ret_in_else())
def exc_not_caught_by_sibling():
    try:
        try:
            raise ValueError("in try")
        except ValueError:
            raise TypeError("in handler")
        except TypeError:
            return "sibling handler (wrong)"
    except TypeError as e:
        return f"outer handler: {e}"
print(exc_not_caught_by_sibling())
def else_exception_not_caught():
    try:
        try:
            pass
        except ValueError:
            return "wrong"
        else:
            raise ValueError("raised in else")
    except ValueError as e:
        return f"outer got {e}"
print(else_exception_not_caught())
def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(f"body{i}")
        except Exception:
            out.append("never")
        else:
            out.append(f"else{i}")
        finally:
            out.append(f"fin{i}")
    return out
print(loop_with_finally())
def generator_finally():
    try:
        yield "a"
    finally:
        print("generator finally on close")
g = generator_finally()
print(next(g))
g.close()
x = 0
try:
    x = 1
finally:
    x += 10
print(x)

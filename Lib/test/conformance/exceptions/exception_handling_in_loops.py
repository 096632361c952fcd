# Exceptions interacting with loops, comprehensions and nested functions; handler variables and retries.
def parse_all(items):
    results, errors = [], []
    for item in items:
        try:
            results.append(int(item))
        except ValueError as e:
            errors.append(str(e))
            continue
        except TypeError as e:
            errors.append(f"type: {e}")
            break
        finally:
            results.append("|")
    return results, errors
print(parse_all(["1", "x", "3"]))
print(parse_all(["1", None, "3"]))
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return f"succeeded on attempt {attempts}"
for retry in range(5):
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retrying after:", e)
else:
    print("gave up")
def first_error(funcs):
    for f in funcs:
        try:
            f()
        except Exception as e:
            return type(e).__name__
    return None
print(first_error([lambda: 1, lambda: [][0], lambda: {}["k"]]), first_error([]))
errors = []
for exc_type in (ValueError, KeyError, IndexError, ZeroDivisionError):
    try:
        try:
            raise exc_type("x")
        except (ValueError, IndexError) as e:
            errors.append(("inner", type(e).__name__))
            raise
    except Exception as e:
        errors.append(("outer", type(e).__name__))
print(errors)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        print("stopped at", i)
        break
def nested_generator_errors():
    def inner():
        for v in [1, 2, "3", 4]:
            yield v * 2 if isinstance(v, int) else int("bad")
    out = []
    try:
        for v in inner():
            out.append(v)
    except ValueError as e:
        out.append(str(e))
    return out
print(nested_generator_errors())
total = 0
for n in [10, 0, 5, "a", 2]:
    try:
        total += 100 // n
    except ZeroDivisionError:
        total -= 1
    except TypeError:
        total -= 1000
    else:
        total += 0.5
print(total)

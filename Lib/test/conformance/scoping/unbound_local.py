# Assignment anywhere in a function makes the name local throughout; UnboundLocalError messages.
total = 10
def uses_before_assign():
    try:
        print(total)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    total = 5
    return total
print(uses_before_assign())
def augmented():
    try:
        total += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
augmented()
def conditional(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(conditional(True), "|", conditional(False))
def deleted():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(deleted())
def loop_var_unset():
    for item in []:
        pass
    try:
        return item
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(loop_var_unset())
def except_name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(except_name_cleared())
def free_var_unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return inner()
print(free_var_unbound())
def import_is_assignment():
    try:
        sys
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    import sys
    return sys.__name__
print(import_is_assignment())
def class_def_is_assignment():
    try:
        K
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    class K:
        pass
    return K.__name__
print(class_def_is_assignment())
print(issubclass(UnboundLocalError, NameError))
def with_target():
    class CM:
        def __enter__(self):
            return "cm value"
        def __exit__(self, *a):
            return False
    with CM() as target:
        pass
    return target
print(with_target())
def walrus_local():
    try:
        print(w)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    if (w := 5):
        return w
print(walrus_local())

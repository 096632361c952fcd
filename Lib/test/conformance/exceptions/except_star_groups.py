# except* splits ExceptionGroups; handlers run once per matching subgroup; unhandled parts re-raise.
def show(eg, indent=0):
    pad = " " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(f"{pad}{type(eg).__name__}({eg.message!r}) [{len(eg.exceptions)}]")
        for sub in eg.exceptions:
            show(sub, indent + 2)
    else:
        print(f"{pad}{type(eg).__name__}({eg})")
try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
except* ValueError as eg:
    print("ValueError handler:")
    show(eg)
except* (TypeError, KeyError) as eg:
    print("Type/Key handler:")
    show(eg)
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), OSError("c")])])
    except* TypeError as eg:
        print("handled TypeError part:")
        show(eg)
except ExceptionGroup as rest:
    print("unhandled remainder:")
    show(rest)
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked exception wrapped:", type(eg).__name__, repr(eg.message), eg.exceptions)
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise KeyError("raised in handler")
except (ExceptionGroup, KeyError) as eg:
    print("handler raise:")
    show(eg)
    print(repr(eg.__context__))
try:
    try:
        raise ExceptionGroup("g2", [ValueError("x"), TypeError("y")])
    except* ValueError:
        raise KeyError("raised in handler 2")
except (ExceptionGroup, KeyError) as eg:
    print("handler raise with unhandled rest:")
    show(eg)
try:
    try:
        raise ExceptionGroup("g", [ValueError("x"), TypeError("y")])
    except* ValueError as eg:
        raise
except ExceptionGroup as eg:
    print("bare raise keeps original:")
    show(eg)
def gen_handled():
    result = None
    try:
        raise ExceptionGroup("all", [OSError("o1"), OSError("o2")])
    except* OSError as eg:
        result = f"handled {len(eg.exceptions)}"
    return result
print(gen_handled())
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
except* KeyboardInterrupt:
    print("KeyboardInterrupt handled")
except* ValueError:
    print("ValueError handled")
print("no match case:")
try:
    try:
        raise ExceptionGroup("nomatch", [ZeroDivisionError("z")])
    except* KeyError:
        print("never")
except ExceptionGroup as eg:
    show(eg)
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* Exception as e:
    print("catch-all except*", type(e).__name__, e.exceptions)

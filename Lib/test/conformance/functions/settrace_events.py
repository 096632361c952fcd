import sys
# sys.settrace events (call, line, return, exception) with line numbers relative to each function.
events = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("traced", "helper", "gen_traced"):
        rel = frame.f_lineno - frame.f_code.co_firstlineno
        if event == "exception":
            detail = arg[0].__name__
        elif event == "return":
            detail = repr(arg)
        else:
            detail = ""
        events.append(f"{name}:{event}:{rel}:{detail}")
        return tracer
    return None
def helper(v):
    if v > 1:
        return v * 2
    return -v
def traced(n):
    total = 0
    for i in range(n):
        total += helper(i)
    try:
        raise KeyError(n)
    except KeyError:
        total += 100
    return total
def gen_traced():
    yield 1
    yield 2
sys.settrace(tracer)
result = traced(3)
items = list(gen_traced())
sys.settrace(None)
print(result, items)
for e in events:
    print(e)
print(sys.gettrace())
prof = []
def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name == "helper":
        prof.append((event, frame.f_code.co_name))
    elif event in ("c_call", "c_return") and getattr(arg, "__name__", "") == "len":
        prof.append((event, arg.__name__))
sys.setprofile(profiler)
helper(5)
len("abc")
sys.setprofile(None)
print(prof)

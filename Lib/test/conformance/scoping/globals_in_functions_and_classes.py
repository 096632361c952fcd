# global declarations inside functions, class bodies, comprehensions (via functions) and exec'd code.
total = 0
names = []
def add(n):
    global total
    total += n
def register(name):
    names.append(name)
for i in range(4):
    add(i)
    register(f"n{i}")
print(total, names)
class Config:
    global configured
    configured = "set in class body"
    local_attr = "class attribute"
print(configured, Config.local_attr, hasattr(Config, "configured"))
def make_global_fn():
    global generated
    def generated():
        return "function defined as global from inside another function"
make_global_fn()
print(generated())
def comprehension_writes_global():
    global hits
    hits = [x for x in range(3)]
comprehension_writes_global()
print(hits)
code = "global from_exec\nfrom_exec = 'exec wrote this'\n"
def run_exec():
    exec(code)
run_exec()
print(from_exec)
def reads_global_after_delete():
    global temp
    temp = "temporary"
    del temp
    try:
        return temp
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(reads_global_after_delete())
def global_and_local_same_name():
    global total
    result = total
    total = -1
    return result
print(global_and_local_same_name(), total)
print(sorted(k for k in ("total", "names", "configured", "generated", "hits", "from_exec", "temp") if k in globals()))
def modify_via_globals_dict():
    globals()["via_dict"] = "set through globals()"
modify_via_globals_dict()
print(via_dict)
x = 10
def no_global_keyword():
    return x + 1
def with_keyword():
    global x
    x = x + 1
    return x
print(no_global_keyword(), with_keyword(), no_global_keyword(), x)

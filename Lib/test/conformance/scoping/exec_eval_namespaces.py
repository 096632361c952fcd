# exec/eval with explicit globals/locals, globals(), locals() snapshots, and __builtins__ injection.
g = {}
exec("a = 1\nb = a + 1", g)
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g, g["b"])
g2 = {"x": 10}
l2 = {"y": 5}
exec("z = x + y\nx_in_locals = 'x' in dir()", g2, l2)
print(sorted(l2.items()), sorted(k for k in g2 if not k.startswith("__")))
print(eval("x * 2", {"x": 21}), eval("y + x", {"x": 1}, {"y": 2}), eval("len('abc')"))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval("abs(-3)", {"__builtins__": {"abs": abs}}))
def f():
    local_v = 1
    snap = locals()
    local_v = 2
    return snap["local_v"], locals()["local_v"]
print(f())
def exec_cannot_set_local():
    v = "original"
    exec("v = 'changed'")
    return v
print(exec_cannot_set_local())
def exec_in_function_locals():
    ns = {}
    exec("w = 5", globals(), ns)
    return ns["w"]
print(exec_in_function_locals())
exec("module_level_from_exec = 'yes'")
print(module_level_from_exec)
code = compile("1 + 2", "<expr>", "eval")
print(eval(code), type(code).__name__, code.co_filename, code.co_name)
code2 = compile("q = 3\nprint('exec code ran', q)", "<string>", "exec")
exec(code2)
single = compile("4 * 4", "<single>", "single")
exec(single)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("a b", "<bad>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
try:
    compile("1", "<x>", "weird")
except ValueError as e:
    print(type(e).__name__, e)
print(eval("[i for i in range(n)]", {"n": 3}), eval("(lambda: n)()", {"n": 7}))
class Ns(dict):
    def __missing__(self, key):
        return f"<{key}>"
print(eval("anything + '!'", {}, Ns()))
print("globals is module dict:", globals()["__name__"], "f" in globals(), isinstance(globals(), dict))
ret = exec("1")
print(ret, eval("None"), eval(" 1 + 1 "), eval("\t2"))
print(eval(b"3 * 3"), exec(b"pass"))

# A SyntaxError from exec() of a string is printed with the <string> pseudo-file and caret.
snippets = ["x = 1", "y = x + 1", "print('exec ok', y)"]
namespace = {}
for src in snippets:
    exec(src, namespace)
try:
    exec("1 +", {})
except SyntaxError as e:
    print("caught:", e.msg, e.lineno, e.offset, repr(e.text))
try:
    eval("(1, 2", {})
except SyntaxError as e:
    print("caught:", e.msg)
print(eval("y * 10", namespace), sorted(k for k in namespace if k != "__builtins__"))
code = compile("z = y ** 2", "<compiled>", "exec")
exec(code, namespace)
print("z =", namespace["z"])
source = """
def helper(values):
    total = 0
    for v in values
        total += v
    return total
"""
print("compiling helper")
exec(source, namespace)

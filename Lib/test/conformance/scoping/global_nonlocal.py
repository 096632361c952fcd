# global and nonlocal declarations, including nested functions and the errors for misuse.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def creates_global():
    global brand_new
    brand_new = "created inside function"
creates_global()
print(brand_new)
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "modified by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def nonlocal_skips_class():
    v = "function v"
    class C:
        v = "class v"
        def m(self):
            nonlocal v
            v = "set from method"
            return v
    C().m()
    return v, C.v
print(nonlocal_skips_class())
def shadow_global():
    counter = "local counter"
    def g():
        global counter
        return counter
    return g(), counter
print(shadow_global())
def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc()
print(acc(5), acc(10), acc.__code__.co_freevars)
code_samples = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    nonlocal y\n",
    "nonlocal z\n",
    "def f(a):\n    global a\n",
    "def f():\n    print(q)\n    global q\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
]
for src in code_samples:
    try:
        compile(src, "<sample>", "exec")
        print("compiled ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
def global_in_loop():
    global loop_var
    for loop_var in range(3):
        pass
global_in_loop()
print(loop_var)
x = "module x"
def reads_then_global():
    def inner():
        return x
    return inner()
print(reads_then_global())
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                nonlocal a
                a += 100
                return a
            return l3()
        return l2()
    return l1(), a
print(deep())

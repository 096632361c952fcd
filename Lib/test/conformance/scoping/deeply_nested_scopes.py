# Several levels of nested functions mixing locals, cells, nonlocal rebinding and globals.
g = "global g"
def level1():
    a = "a1"
    b = "b1"
    def level2():
        nonlocal b
        b = "b2"
        c = "c2"
        def level3():
            nonlocal c
            c = "c3"
            d = "d3"
            def level4():
                global g
                g = "g from level4"
                return a, b, c, d
            return level4()
        r = level3()
        return r, c
    res = level2()
    return res, a, b
print(level1(), g)
def counter_family():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def dec():
        nonlocal count
        count -= 1
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return inc, dec, reset
inc, dec, reset = counter_family()
print(inc(), inc(), inc(), dec(), reset(), inc())
def shadowing():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            return x
        return inner()
    def other():
        return x
    return mid(), other(), x
print(shadowing())
def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            def g():
                return i * 10
            return g
        fs.append(f())
    return [h() for h in fs]
print(loop_closures())
def class_in_function():
    secret = "captured by class method"
    class K:
        value = secret
        def get(self):
            return secret
        def set(self, v):
            nonlocal secret
            secret = v
    k = K()
    k.set("changed via nonlocal")
    return K.value, k.get(), secret
print(class_in_function())
def lambda_chain():
    return (lambda a: (lambda b: (lambda c: a + b + c)))(1)(2)(3)
print(lambda_chain())
def generator_closure():
    total = 0
    def gen():
        nonlocal total
        for i in range(4):
            total += i
            yield total
    return list(gen()), total
print(generator_closure())

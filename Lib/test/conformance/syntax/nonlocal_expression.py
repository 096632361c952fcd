def f():
    nonlocal x[0]

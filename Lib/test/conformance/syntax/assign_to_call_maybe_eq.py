if x:
    f() = 1

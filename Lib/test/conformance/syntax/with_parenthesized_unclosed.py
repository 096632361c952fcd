with (open(a) as b, open(c) as d:
    pass

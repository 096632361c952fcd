x = lambda: (yield)
yield

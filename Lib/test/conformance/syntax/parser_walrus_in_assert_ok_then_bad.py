assert (y := 1)
assert y = 2

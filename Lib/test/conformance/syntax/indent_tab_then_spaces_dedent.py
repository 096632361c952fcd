if x:
    if y:
	a = 1

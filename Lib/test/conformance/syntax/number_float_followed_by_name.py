x = 1.5if

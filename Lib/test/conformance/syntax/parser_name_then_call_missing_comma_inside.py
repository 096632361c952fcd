x y(z w)

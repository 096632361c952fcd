x[a, **b]

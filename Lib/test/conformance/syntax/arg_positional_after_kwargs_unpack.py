f(**k, y)

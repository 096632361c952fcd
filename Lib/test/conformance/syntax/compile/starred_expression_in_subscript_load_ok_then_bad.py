print(*a)
b = *a

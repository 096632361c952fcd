# Recursive calls: naive Fibonacci, Ackermann-style recursion and mutual recursion.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def tak(x, y, z, extra=0):
    if y >= x:
        return z + extra
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y), extra=extra)

total = fib(31)
total += ack(2, 300)
total += sum(1 for k in range(300) if is_even(k))
total += tak(22, 16, 8)
print(total)

# Big-int arithmetic: digits of pi by a spigot, factorials, powers and int/str conversion.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out

def factorial(n):
    acc = 1
    for i in range(2, n + 1):
        acc *= i
    return acc

digits = pi_digits(3000)
f = factorial(1400)
p = pow(3, 20000, 10 ** 300 + 7)
q = (7 ** 3000) // (3 ** 2500)
s = str(f)
print(sum(digits), len(s), s[:20], p % 1000003, q.bit_length(), (f >> 100) % 999983)

# Digits of pi (spigot), e (series with big ints), sqrt(2) (integer Newton), and Fibonacci/factorial facts.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
print("pi", pi_digits(120))
def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]
print("e ", e_digits(120))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print("sqrt2", isqrt(2 * 10 ** 240))
fib = [0, 1]
while len(str(fib[-1])) < 100:
    fib.append(fib[-1] + fib[-2])
print("first 100-digit Fibonacci index", len(fib) - 1, str(fib[-1])[:20])
f = 1
for i in range(1, 101):
    f *= i
digits = str(f)
print("100! digit sum", sum(map(int, digits)), "trailing zeros", len(digits) - len(digits.rstrip("0")))
print("2**1000 digit sum", sum(int(c) for c in str(2 ** 1000)))
def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
best = max(range(1, 20000), key=collatz_len)
print("longest collatz under 20000", best, collatz_len(best))
def modpow_check(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
p = 2 ** 127 - 1
print("Mersenne 127 Fermat test", modpow_check(3, p - 1, p) == 1 == pow(3, p - 1, p))
num, den = 0, 1
for k in range(1, 31):
    num, den = num * k + den, den * k
    g_a, g_b = num, den
    while g_b:
        g_a, g_b = g_b, g_a % g_b
    num, den = num // g_a, den // g_a
print("H30 =", num, "/", den, round(num / den, 12))

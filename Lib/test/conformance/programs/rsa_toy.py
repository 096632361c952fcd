# Toy RSA with fixed primes: key generation via extended Euclid and pow(e, -1, m), encryption and signing.
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n
p = next_prime(10**40 + 123)
q = next_prime(3 * 10**39 + 7)
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
g, x, _ = egcd(e, phi)
d = x % phi
print(p, q, g, d == pow(e, -1, phi), n.bit_length())
def encrypt(m):
    return pow(m, e, n)
def decrypt(c):
    return pow(c, d, n)
message = "Taipan says hi! é😀"
m = int.from_bytes(message.encode(), "big")
c = encrypt(m)
back = decrypt(c).to_bytes((m.bit_length() + 7) // 8, "big").decode()
print(m < n, c != m, back == message, back)
print(hex(c)[:40], len(str(c)))
signature = pow(m % n, d, n)
print(pow(signature, e, n) == m % n, pow(signature + 1, e, n) == m % n)
print([k for k in range(90, 120) if is_probable_prime(k)], is_probable_prime(2**61 - 1), is_probable_prime(2**61 + 1))
try:
    pow(6, -1, 9)
except ValueError as err:
    print(type(err).__name__, err)
print(egcd(240, 46), egcd(17, 0), pow(3, -1, 7), pow(-3, -1, 7), pow(10, -2, 7))

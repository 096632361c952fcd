# Pseudo-random big-int arithmetic (own LCG, fixed seed); prints results and checks identities.
state = 20231124
def rand(bits):
    global state
    out = 0
    for _ in range((bits + 29) // 30):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        out = (out << 30) | (state >> 34)
    return out >> ((bits + 29) // 30 * 30 - bits)
def signed(bits):
    v = rand(bits)
    return -v if rand(1) else v
checksum = 0
for i in range(40):
    a = signed(rand(8) + 1)
    b = signed(rand(7) + 1) or 7
    q, r = divmod(a, b)
    assert q * b + r == a and (r == 0 or (r < 0) == (b < 0))
    s = a * b - (a + b) ** 2 + (a ^ b) - (a & b) + (a | b)
    sh = rand(7)
    line = f"{i:2} a={a} b={b} q={q} r={r} s={s} a>>{sh}={a >> sh} a<<3={a << 3} ~b={~b}"
    print(line)
    checksum = (checksum * 31 + hash(line.encode().hex()[:0] or s) % 1000003) % (2**61 - 1)
print("checksum", checksum)
for i in range(10):
    base = rand(100) + 2
    exp = rand(20)
    mod = rand(90) + 1
    print(pow(base, exp, mod), pow(base, exp % 50) % mod == pow(base, exp % 50, mod))
for i in range(8):
    n = signed(rand(9) + 1)
    print(n, str(n) == repr(n), int(str(n)) == n, int(hex(n), 16) == n, n.bit_length(), n.bit_count(),
          int.from_bytes(n.to_bytes((n.bit_length() + 8) // 8 + 1, "little", signed=True), "little", signed=True) == n)
for i in range(6):
    a, b = rand(200) + 1, rand(150) + 1
    x, y = a, b
    while y:
        x, y = y, x % y
    print("gcd", x, a // x * b)
for i in range(6):
    n = rand(120)
    lo, hi = 0, 1 << 61
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    print("isqrt", n, lo, lo * lo <= n < (lo + 1) ** 2)

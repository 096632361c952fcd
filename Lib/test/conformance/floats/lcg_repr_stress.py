# Many pseudo-random doubles (own LCG) built with float.fromhex: repr, str, round trips and arithmetic.
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
def rand_float():
    mant = "".join("0123456789abcdef"[rnd(16)] for _ in range(13))
    exp = rnd(2100) - 1074
    sign = "-" if rnd(2) else ""
    lead = "1" if exp > -1023 else "0"
    return float.fromhex(f"{sign}0x{lead}.{mant}p{max(exp, -1022)}")
vals = [rand_float() for _ in range(120)]
for v in vals:
    r = repr(v)
    assert float(r) == v
    print(r, str(v) == r, v.hex())
for i in range(0, 120, 2):
    a, b = vals[i], vals[i + 1]
    try:
        q = a / b
    except ZeroDivisionError:
        q = "zerodiv"
    try:
        p = a * b
    except OverflowError:
        p = "overflow"
    print(repr(a + b), repr(a - b), repr(p), repr(q))
small = []
for _ in range(60):
    num = rnd(2000000) - 1000000
    den = 10 ** rnd(8)
    small.append(num / den)
for v in small:
    print(repr(v), repr(v * 3), repr(v / 7), round(v, 2), round(v), int(v), v.as_integer_ratio()[1].bit_length())
print(sum(small), sum(sorted(small)), max(small), min(small))

# Floor division and modulo follow the sign of the divisor; check every sign combination.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10**20), (-1, 10**20)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a} // {b} = {q}; {a} % {b} = {r}; divmod = {divmod(a, b)}")
    assert q * b + r == a

# Same with floats: result keeps float type, -0.0 shows up
fpairs = [(7.0, 2), (-7.0, 2), (7, -2.0), (-7.5, -2), (0.0, -3), (-0.0, 3), (1e300, 1e-300 * 1e10)]
for a, b in fpairs:
    print(repr(a), "//", repr(b), "=", repr(a // b), " %", repr(a % b))

# Modulo of a tiny negative by a positive float rounds to the divisor
print(repr(-1e-100 % 1.0))
print(repr(1e-100 % -1.0))
print(repr(divmod(-0.0, 1.0)))
print(repr(divmod(0.0, -1.0)))

# Big ints and negative divisors
big = 2**100 + 12345
for d in (7, -7, 2**64, -(2**64), 3**40):
    print(d, big // d, big % d, (-big) // d, (-big) % d)

# bool participates as int
print(True // 2, True % 2, -True // 2, False % 3)

for a, b in [(5, 0), (5.0, 0), (5, 0.0), (0, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, repr(a), repr(b), "->", type(e).__name__, e)

# //, %, divmod, / and round() over a grid of int and float operands, including negatives and zeros.
nums = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10**20 + 1, -(10**20) - 1, 0.5, -0.5, 2.5, -2.5, 1e300]
dens = [1, -1, 2, -2, 3, -3, 7, -7, 10**10, 0.5, -0.5, 0.1, 1e-300, 0]
for a in nums:
    cells = []
    for b in dens:
        try:
            q, r = divmod(a, b)
            assert q == a // b and r == a % b
            cells.append(f"{q!r},{r!r}")
        except ZeroDivisionError:
            cells.append("Z")
        except OverflowError:
            cells.append("O")
    print(f"{a!r:>24}: " + " ".join(cells))
for a in nums:
    row = []
    for b in dens:
        try:
            row.append(repr(a / b))
        except ZeroDivisionError:
            row.append("Z")
        except OverflowError:
            row.append("O")
    print(f"{a!r:>24} / : " + " ".join(row))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.25, 0.35, 1.005, 12345.6789, -12345.6789, 10**20 + 0.0, 2**52 + 0.5]:
    print(repr(v), [round(v, n) for n in (None, 0, 1, 2, -1, -2)])
for v in [0, 5, 15, 25, -25, 1234567, -1234567, 10**20 + 5 * 10**9]:
    print(v, [round(v, n) for n in (0, -1, -2, -5, -10)])

# Bitwise operators with negative numbers follow infinite two's complement.
vals = [0, 1, -1, 5, -5, 12, -12, 2**70 + 3, -(2**70) - 3]
for a in vals:
    print(a, ~a, a.bit_length(), a.bit_count(), bin(a))
for a in vals[:7]:
    row = []
    for b in (3, -3, 2**65):
        row.append((a & b, a | b, a ^ b))
    print(a, row)

print(1 << 0, 1 << 63, 1 << 64, 3 << 100 >> 99)
print(-8 >> 1, -9 >> 1, -1 >> 1000, 7 >> 1000, 0 << 1000)
for a, b in [(1, -1), (-1, -1), (2**80, -2)]:
    for op in ("<<", ">>"):
        try:
            print(eval(f"{a} {op} {b}"))
        except ValueError as e:
            print(op, type(e).__name__, e)

print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True).__name__, type(True & 1).__name__, type(True << 1).__name__)

x = 0
for i in range(0, 100, 7):
    x |= 1 << i
print(x, x.bit_count(), x & -x, (x & (x - 1)).bit_length())

for bad in (1.0, "1", None):
    for op in ("&", "|", "^", "<<"):
        try:
            eval(f"3 {op} bad")
        except TypeError as e:
            print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)

# Arbitrary precision arithmetic well beyond 2**53 and 2**64.
a = 2**64
b = 2**53 + 1
print(a, b, a - 1, a + 1, -a)
print(a * a, a * a * a)
print(b * b, b * b - 1)
print((a * a) // b, (a * a) % b)
print(2**200 - 3**120)
print(-(2**127) + 1, (2**127 - 1) * (2**127 + 1))
print(10**40 // 7, 10**40 % 7, -(10**40) // 7)

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f50 = fact(50)
print(f50)
print(len(str(fact(200))), str(fact(200))[:20], str(fact(200))[-60:])
print(f50 // fact(48), f50 % 1000003)

# Fibonacci with big numbers
x, y = 0, 1
for _ in range(300):
    x, y = y, x + y
print(x)
print(x.bit_length(), x % (2**61 - 1))

# Shifts of big numbers
print(1 << 150, (1 << 150) >> 149, -(1 << 150) >> 3, (2**100 + 1) >> 100)
print((-1) >> 200, (-5) >> 1, 5 >> 1, -1 << 70)

# Mixed operations and powers
print(pow(3, 100), pow(-3, 101), (-2) ** 63, (-2) ** 64)
print(7**77 // 7**75, 7**77 % 10**10)
print(abs(-(10**30)), -(-(10**30)), +(10**30))
print(sum(range(10**6)), sum(i * i for i in range(1000)))
print(int("9" * 60) + 1)
print(int("-" + "1" * 40) * int("1" * 40))
print((10**18 + 7) * (10**18 + 9) % (10**9 + 7))
print(hex(2**100 - 1), oct(3**50), bin(10**20))
print(2**64 == 18446744073709551616, 2**64 - 1 < 2**64, -(2**64) < -(2**63))

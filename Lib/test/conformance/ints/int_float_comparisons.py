# Comparisons between ints and floats are exact, even beyond 2**53.
big = 2**53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == float(big))
print(big + 1 > float(big), big + 1 < float(big) + 2, big + 1 >= 9007199254740992.0)
h = 2**1000
print(h == float(h), h + 1 == float(h), h + 1 > float(h), h - 1 < float(h))
print(10**400 > float("inf"), -(10**400) < float("-inf"), 10**400 < float("inf"))
nan = float("nan")
for x in (0, 1, 10**400):
    print(x == nan, x < nan, x > nan, x != nan, nan >= x)
print(0 == -0.0, 0 == 0.0, 1 == 1.0000000000000002, 1 < 1.0000000000000002)
print(0.1 == 1 / 10, 0.1 * 3 == 0.3, 3 * 0.1, 0.1 + 0.2)
print(2**63 == 9.223372036854776e18, 2**63 - 1 == 9.223372036854776e18, 2**63 - 1 < 9.223372036854776e18)
print(-(2**63) == -9.223372036854776e18, -(2**63) - 1 < -9.223372036854776e18)
print(sorted([3, 2.5, -1, 10**20, 1e20, -0.0, 0, True, 1e-300]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(1 in [1.0], 1.0 in {1}, 2**60 in {float(2**60)}, (2**60 + 1) in {float(2**60)})
print([1, 2.0] == [1.0, 2], (1, 2) < (1, 2.5), (1, nan) == (1, nan))
l = [nan]
print(l == l, l[0] in l, nan in [float("nan")])
print(abs(-0.0), -0.0 == 0.0, str(-0.0), repr(0.0 * -1))
for a, b in [(1, 2.0), (2.0, 1), (10**20, 1e20), (1e20, 10**20 + 1)]:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)

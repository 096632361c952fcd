# Float arithmetic edge cases: accumulation errors, mixing with ints, overflow behaviour.
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 - 0.3, 1.0 - 0.9, 100 * 1.1, 1e16 + 1.0, 1e16 + 2.0)
print(9007199254740993.0, 2.0 ** 53 + 1.0, 2 ** 53 + 1.0, (2 ** 53 + 1) * 1.0)
print(3 * 0.1, 0.1 * 3, 0.7 + 0.1, 0.8 - 0.1, 1 / 49 * 49, 4.35 * 100)
print(1e308 + 1e308, -1e308 - 1e308, 1e308 * 2, 1e-320 / 10, 1e-323 / 2)
try:
    print(1e308 ** 2)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((-2.0) ** 0.5 ** -1 if False else (-10.0) ** 400.5)
except OverflowError as e:
    print(type(e).__name__, e)
print((-8.0) ** 3, (-8.0) ** 2.0, 0.0 ** 2, (-0.0) ** 3, (-0.0) ** 2)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, divmod(-7.5, 2))
print(1e300 // 1e-10 if False else 1e30 // 7, 1e30 % 7, 5.0 % 0.1, 5.0 // 0.1, 0.3 % 0.1, 0.3 // 0.1)
print(abs(-2.5), -(-2.5), +(-0.0), float.__neg__(3.0), (2.5).__rsub__(1))
total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print(total)
total = 0.0
for i in range(1000, 0, -1):
    total += 1.0 / i
print(total)
a = 1.0
b = 1e-17
print((a + b) - a, a + (b - a), (a - a) + b)
print(1.0 * 3 == 3, 3 / 1.0, type(3 * 1.0).__name__, 2 ** 0.0, 10 ** -1.0)
print([x * 0.1 for x in range(11)])
print(sum([1e100, 1.0, -1e100]), 1e100 + 1.0 - 1e100)
for a, b in [(1.5, "x"), (1.5, None), (1.5, [1])]:
    try:
        a + b
    except TypeError as e:
        print(type(e).__name__, e)
try:
    1.5 @ 2.0
except TypeError as e:
    print(type(e).__name__, e)
print("x" * 3, [0] * 2)
try:
    "x" * 2.0
except TypeError as e:
    print(type(e).__name__, e)

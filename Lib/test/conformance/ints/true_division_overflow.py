# int / int is correctly rounded even for huge operands; overflow produces OverflowError.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5)
print(10**30 / 10**10, (10**30 + 1) / 10**10, 2**1000 / 2**999, (2**1100) / (2**1090))
print((2**53 + 1) / 1, (2**54 + 3) / 2, 3**100 / 3**99)
print(10**400 / 10**399, -(10**400) / 10**398)
print(1 / 10**400, -1 / 10**400)
try:
    print(10**400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10**400))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10**400 * 1.5)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10**400 + 0.5)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(10**300 / 10**-0, 5 / 2.0, 5.0 / 2, True / 4)
print(float(2**1023), float(2**1024 - 2**971))
try:
    float(2**1024 - 2**970)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2**1024 - 2**971 - 1))
print((2**64 + 1) / 3, 12345678901234567890 / 1000, 9007199254740993 / 1)
print(7 // 2 * 2 + 7 % 2, (-7) / 2 == -3.5)

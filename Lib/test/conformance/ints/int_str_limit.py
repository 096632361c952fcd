import sys

# The 4300 digit limit for int <-> str conversion in base 10 (not for power-of-two bases).
print(sys.get_int_max_str_digits())
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
n = 10**4299
print(len(str(n)))
big = 10**5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(-big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{big}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("7" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int("7" * 4300) % 1000)
print(len(hex(big)), len(bin(big)), len(oct(big)))
print(int("f" * 5000, 16) % 997)

sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10**9000)))
sys.set_int_max_str_digits(4300)
try:
    print("%d" % (10**4400))
except ValueError as e:
    print(type(e).__name__, e)

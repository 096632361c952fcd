# Integer literals in every base with underscores, huge literals, and repr/str of negative and big values.
print(0, 00, 0_0, 1_000, 0x_ff, 0XFF, 0o17, 0O17, 0b_1010, 0B11, 1_2_3)
print(0xDEAD_BEEF, 0o7_7_7, 0b1111_0000, 12_345_678_901_234_567_890)
big = 123456789012345678901234567890123456789012345678901234567890
print(big, -big, big * big, repr(big) == str(big), len(str(big)), big.bit_length())
print(-0, +-+-1, - - 5, ~-1, --7, -(-(-8)))
print(type(0x10).__name__, type(1_0).__name__, 10 ** 0, (-1) ** 0)
print(int("1" * 100) % 97, 2 ** 200, -(2 ** 200), hex(2 ** 200), oct(-(8 ** 30)))
for bad in ["1__0", "0x", "0b2", "0o8", "1_", "09", "0_x1", "1e5_0" if False else "0b_"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(repr(bad), type(e).__name__, e.msg)
print(eval("00000"), eval("0_0_0"), eval("0e0"), eval("0j"), eval("1__0".replace("__", "_")))
print(repr(10**18), repr(10**19), repr(-(10**19)), str(2**63), str(2**64 - 1), str(-(2**63)))
print([10 ** k for k in range(0, 25, 3)])
print(f"{2**100:_}", f"{-(2**70):,}", f"{10**30:e}", f"{10**30:.3e}", f"{3**60:x}", f"{-(3**40):#o}")
print(int.__repr__(True), repr(True), str(False), int(True), True + 0)
print(100000000000000000000 == 10**20, 0x10, 1_0.5, 1_0e1_0, 0x_1_0)
print((1).__repr__(), (-1).__str__(), int.__str__(5), format(12345, ""), (12).__format__("5"))

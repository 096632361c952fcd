# int.to_bytes / int.from_bytes in both byte orders, signed and unsigned, with overflow errors.
for n in (0, 1, 255, 256, 65535, 2**64 - 1, 2**64, 10**30):
    length = max(1, (n.bit_length() + 7) // 8)
    big = n.to_bytes(length, "big")
    little = n.to_bytes(length, "little")
    print(n, big.hex(), little.hex(), int.from_bytes(big, "big"), int.from_bytes(little, "little"))

for n in (-1, -128, -129, 127, 128, -(2**63), 2**63 - 1):
    try:
        b = n.to_bytes(8, "big", signed=True)
        print(n, b.hex(), int.from_bytes(b, "big", signed=True))
    except OverflowError as e:
        print(n, type(e).__name__, e)

print((1024).to_bytes(2, byteorder="little"))
print((5).to_bytes(), (200).to_bytes(length=2))
print(int.from_bytes(b"\xff\xfe", "big"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "little"), int.from_bytes(bytearray(b"\x80"), "big", signed=True))
print(int.from_bytes(b"\x00\x01"))

attempts = [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: int.from_bytes(b"\x01", "sideways"),
    lambda: int.from_bytes("abc", "big"),
    lambda: (0).to_bytes(0, "big"),
    lambda: (1).to_bytes(0, "big"),
]
for f in attempts:
    try:
        print(repr(f()))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

class MyInt(int):
    pass

r = MyInt.from_bytes(b"\x10", "big")
print(type(r).__name__, r)
print(bool.from_bytes(b"\x00", "big"), bool.from_bytes(b"\x02", "big"))

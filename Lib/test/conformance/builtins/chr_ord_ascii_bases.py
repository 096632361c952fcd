# chr/ord round trips, ascii(), and bin/oct/hex of ints including negatives and __index__.
for cp in (0, 9, 10, 32, 65, 127, 128, 255, 256, 0x3B1, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x1F600, 0x10FFFF):
    c = chr(cp)
    print(cp, ord(c) == cp, repr(c), ascii(c), len(c.encode("utf-8", "surrogatepass")))
for bad in (-1, 0x110000, 2**31, 2**64):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in (1.5, "a", None):
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ("", "ab", 5, b"", b"ab"):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(ord(b"A"), ord(bytearray(b"\xff")), ord("é"), ord("\U0001F600"))
print(ascii("plain"), ascii("é\n"), ascii(["é", "ü"]), ascii({"k": "ß"}), ascii(b"\xff"), ascii(1.5), ascii(None))
class R:
    def __repr__(self):
        return "Rép"
print(ascii(R()), repr(R()), str(R()))
for n in (0, 1, -1, 5, -5, 255, -256, 2**64, -(2**64) + 1, 10**20):
    print(n, bin(n), oct(n), hex(n), format(n, "b"), format(n, "#o"), format(n, "x"))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()), bin(True), hex(False))
for bad in (1.0, "1", None):
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(-37), 0), int(oct(-37), 0), int(hex(-37), 0), int(hex(2**100), 16) == 2**100)
print(int("0b101", 2) if False else int("101", 2), int("0x1F", 16), int("0o17", 8), int("0b11", 2))

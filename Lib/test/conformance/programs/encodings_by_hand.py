# Hand-written encoders checked against builtins: base64, run-length, Caesar/ROT13, Roman numerals, hex dumps.
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append("".join(chars[:len(chunk) + 1]) + "=" * (3 - len(chunk)))
    return "".join(out)
def b64decode(text):
    text = text.rstrip("=")
    bits = "".join(f"{ALPHABET.index(c):06b}" for c in text)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))
for sample in [b"", b"f", b"fo", b"foo", b"foobar", "héllo wörld".encode(), bytes(range(10))]:
    enc = b64encode(sample)
    print(repr(sample), enc, b64decode(enc) == sample)
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz"]:
    print(repr(s), rle(s), unrle(rle(s)) == s)
def caesar(text, shift):
    def rot(c):
        if c.isascii() and c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            return chr((ord(c) - base + shift) % 26 + base)
        return c
    return "".join(map(rot, text))
msg = "Hello, World! Zebra-42 é"
print(caesar(msg, 3), caesar(caesar(msg, 3), -3) == msg, caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
table = str.maketrans("ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz", "NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm")
print(msg.translate(table) == caesar(msg, 13))
NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = ""
    for value, sym in NUMERALS:
        count, n = divmod(n, value)
        out += sym * count
    return out
def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total
print([to_roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:04x}  {chunk.hex(' '):<{width * 3}} |{text}|")
hexdump("Hi!\x00\x7f é😀 tab\there".encode())

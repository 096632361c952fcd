# bytearray is mutable: item/slice assignment, del, append/extend/insert/pop/remove, and in-place ops.
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba, len(ba))
ba[1:3] = b"EYY"
print(ba)
ba[::2] = b"123"
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba.append(33)
ba.extend(b"xyz")
ba.extend([65, 66])
ba.insert(0, 95)
ba.insert(-1, 96)
ba.insert(100, 97)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("x"))
print(ba, ba.index(ord("y")), ba.count(b"y"))
ba.reverse()
print(ba, ba.copy() == ba, ba.copy() is ba)
ba += b"++"
ba *= 2
print(ba)
ba.clear()
print(ba, bool(ba))
for bad in [lambda: ba.pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").__setitem__(0, 256),
            lambda: bytearray(b"a").__setitem__(0, b"x"), lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"),
            lambda: bytearray(b"a").append("b"), lambda: bytearray(b"a").extend("bc"), lambda: bytearray(b"a")[5],
            lambda: bytearray(b"a").insert(0, -1), lambda: hash(bytearray(b"a"))]:
    try:
        print(repr(bad()))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
x = bytearray(b"abcdef")
x[1:4] = b""
print(x)
x[1:1] = bytearray(b"ZZ")
print(x)
x[:] = x
print(x)
x[0:2] = [1, 2, 3]
print(x)
x[5:] = range(3)
print(x, x.upper(), x.decode("latin-1"), x.hex())
m = memoryview(x)
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], len(m), m.readonly, m.nbytes)
m[0] = 200
print(x[0], m.format, m.itemsize, m.ndim, m.shape)
try:
    x.append(1)
except BufferError as e:
    print(type(e).__name__, e)
m.release()
x.append(1)
print(len(x))
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print(type(e).__name__, e)

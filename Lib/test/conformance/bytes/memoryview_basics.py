# memoryview over bytes and bytearray: indexing, slicing (zero-copy), tolist/tobytes/hex, release and errors.
data = bytearray(b"abcdef")
mv = memoryview(data)
print(mv[0], mv[-1], mv[1:4].tobytes(), mv[::2].tobytes(), mv.tolist(), len(mv), mv.nbytes, mv.itemsize, mv.format)
print(mv.readonly, mv.ndim, mv.shape, mv.strides, mv.contiguous, mv.c_contiguous, mv.obj is data)
sub = mv[2:5]
sub[0] = ord("X")
print(data, sub.tobytes(), bytes(sub), sub.hex(), sub.hex(":"))
mv[1:3] = b"YZ"
print(data)
try:
    mv[0:2] = b"toolong"
except ValueError as e:
    print(type(e).__name__, e)
try:
    mv[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    mv[0] = b"a"
except TypeError as e:
    print(type(e).__name__, e)
ro = memoryview(b"readonly")
print(ro.readonly, ro[0:4].tobytes(), ro == b"readonly", ro == memoryview(b"readonly"), ro != b"x")
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(bytes(ro[::-1]), list(ro[:3]), b"".join([ro[:2], ro[-2:]]), ro.tobytes().upper())
with memoryview(b"ctx") as m:
    print(m.tobytes())
try:
    m.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview(5)
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"grow")
view = memoryview(ba)
try:
    ba.extend(b"!")
except BufferError as e:
    print(type(e).__name__, e)
view.release()
ba.extend(b"!")
print(ba, view.__repr__().startswith("<released memory"))
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print(type(e).__name__, e)
print(hash(memoryview(b"abc")) == hash(b"abc"), bytes(memoryview(b"abc")[1:]) == b"bc", str(memoryview(b"")[:0].tobytes()))
m2 = memoryview(b"\x01\x02\x03\x04")
print(m2.cast("H").tolist() if False else m2.tolist(), m2.toreadonly().readonly, int.from_bytes(m2, "big"))

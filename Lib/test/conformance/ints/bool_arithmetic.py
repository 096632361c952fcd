# bool is a subclass of int; arithmetic on bools yields ints, but & | ^ between bools stay bool.
print(True + True, True * 10, True - False, -True, +False, True / 2, True // True)
print(type(True + False).__name__, type(-True).__name__, type(True / True).__name__)
print(True == 1, False == 0, True == 1.0, hash(True) == hash(1))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(repr(True), str(False), int(True), float(False), complex(True))
print(sum([True, True, False, True]), max(True, 2), min(False, -1))
print({1: "int", True: "bool"}, {True: "bool", 1: "int"})
print({0, False, 0.0}, len({1, True, 1.0, 1 + 0j}))
print(True ** 10, 2 ** True, 10 % True, divmod(True, 2))
print(f"{True:d}", f"{True}", f"{True:>6}", f"{False:5.2f}", "%d %s %r" % (True, True, False))
print(format(True, "x"), format(True, ""), str(True).upper())
print(bool(), bool(0), bool(0.0), bool(-0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None))
print(bool(0j), bool(1j), bool(float("nan")), bool(range(0)), bool(range(1)), bool(b""), bool({}))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.conjugate())
print(not 0, not 1, not None, not "x", (not []) + 1)
print(True and 3, False and 3, 0 or "x", "" or [] or 0, 5 or 6, None or None)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(1, ) if True else None)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(["no", "yes"][True], ["no", "yes"][False], "ab"[True:])
print(True < 2, False > -1, sorted([True, 0, -1, False, 2]))

# isinstance/issubclass with nested tuples and X | Y unions, callable() across object kinds.
checks = [(1, int), (1, (str, int)), (1, (str, (float, (int,)))), (True, int), (1, bool), (1.0, int | float), ("s", int | None),
          (None, int | None), (None, type(None)), ([], list | tuple), ((), (list, ())), (b"", bytes | bytearray), (1j, complex),
          (int, type), (type, type), (object, type), (type, object), (len, object), (print, type(len))]
for v, t in checks:
    print(repr(v), t, isinstance(v, t))
print(issubclass(bool, int | str), issubclass(int, (str, (bool, int))), issubclass(type, object), issubclass(object, type))
print(isinstance(1, ()), issubclass(int, ()), isinstance(int | str, type), type(int | str).__name__)
try:
    isinstance(1, list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, (int, 5))
    print("short-circuit: True before bad element")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, (5, int))
except TypeError as e:
    print(type(e).__name__, e)
class WithCall:
    def __call__(self):
        pass
class NoCall:
    pass
class MetaCall(type):
    pass
print([callable(x) for x in (len, print, int, WithCall, WithCall(), NoCall, NoCall(), lambda: 0, [].append, "s".upper, 5, "s", None,
                              MetaCall, type, object, object(), (x for x in []), staticmethod(len), classmethod(len), property())])
inst = NoCall()
inst.__call__ = lambda: 1
print(callable(inst))
print(isinstance(inst, NoCall), isinstance(NoCall, NoCall), type(inst) is NoCall)
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (A,)), issubclass(B, A | int), isinstance(B(), A | None))
print((int | str).__args__, (int | str | int).__args__, (int | (str | float)).__args__, repr(int | None), repr(None | str))
print((int | str) == (str | int), hash(int | str) == hash(str | int), int | str in [str | int])

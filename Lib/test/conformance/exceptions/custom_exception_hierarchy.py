# The builtin exception hierarchy, OSError errno mapping, and user hierarchies.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnicodeDecodeError, ValueError), (UnicodeError, ValueError),
         (FileNotFoundError, OSError), (ConnectionResetError, ConnectionError), (EnvironmentError, Exception),
         (IOError, OSError), (ModuleNotFoundError, ImportError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (UnboundLocalError, NameError), (TabError, IndentationError),
         (IndentationError, SyntaxError), (StopAsyncIteration, Exception), (GeneratorExit, Exception),
         (KeyboardInterrupt, Exception), (SystemExit, BaseException), (BrokenPipeError, ConnectionError),
         (TimeoutError, OSError), (BlockingIOError, OSError), (FloatingPointError, ArithmeticError),
         (DeprecationWarning, Warning), (UserWarning, Exception), (BytesWarning, Warning), (EncodingWarning, Warning),
         (ExceptionGroup, BaseExceptionGroup), (BufferError, Exception), (EOFError, Exception), (ReferenceError, Exception)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(IOError is OSError, EnvironmentError is OSError, [c.__name__ for c in UnicodeDecodeError.__mro__])
for errno in (1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 3):
    print(errno, type(OSError(errno, "m")).__name__)
print(type(OSError(2)).__name__, type(OSError(2, "m", "f", 0, "g")).__name__, OSError(2, "m").args)
print(type(FileNotFoundError(13, "x")).__name__)
class Base(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
class Specific(Base, KeyError):
    pass
try:
    raise Specific()
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, repr(e), str(e))
print([c.__name__ for c in Specific.__mro__])
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
print(sorted(c.__name__ for c in LookupError.__subclasses__()))
try:
    class Weird(ValueError, KeyError): pass
    print("multi-base exception ok", [c.__name__ for c in Weird.__mro__])
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Conflict(OSError, UnicodeError): pass
except TypeError as e:
    print(type(e).__name__, e)

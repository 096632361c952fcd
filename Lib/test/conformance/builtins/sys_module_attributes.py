import sys
# Attributes of sys that a conforming 3.11 interpreter provides with the same values.
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11), len(sys.version_info))
print(sys.version_info.releaselevel, type(sys.version_info).__name__, isinstance(sys.version, str), sys.version.startswith("3.11"))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.maxunicode, hex(sys.maxunicode))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.max_10_exp, sys.float_info.min_10_exp, sys.float_repr_style)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan)
print(sys.getrecursionlimit(), type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_module_attributes.py"))
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys)
print(__name__, sys.modules["__main__"].__name__, hasattr(sys.modules["__main__"], "print") is False)
print(sys.stdout.encoding.lower().replace("-", ""), sys.stderr.encoding.lower().replace("-", ""), sys.getdefaultencoding())
print(sys.stdout.errors, sys.stderr.errors, sys.stdin.errors if sys.stdin else None)
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags.utf8_mode in (0, 1), type(sys.flags).__name__)
print(sys.implementation.name in ("cpython", "taipan"), sys.implementation.version[:2], sys.implementation.cache_tag is None or "311" in sys.implementation.cache_tag)
print(callable(sys.exit), callable(sys.exc_info), callable(sys.getsizeof), callable(sys.intern), sys.intern("abc") == "abc")
print(sys.exc_info(), sys.exception(), sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.get_int_max_str_digits(), sys.getswitchinterval() > 0, sys.platform in ("linux", "darwin", "win32"))
def f():
    return sys._getframe().f_code.co_name
print(f(), sys._getframe().f_code.co_name)
print(type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(sys.dont_write_bytecode in (True, False), isinstance(sys.executable, str), isinstance(sys.prefix, str))

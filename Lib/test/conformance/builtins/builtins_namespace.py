import sys
# The builtins module exposes exactly 3.11's names; check them by category.
b = sys.modules["builtins"]
names = sorted(n for n in dir(b) if not n.startswith("_"))
exceptions = [n for n in names if isinstance(getattr(b, n), type) and issubclass(getattr(b, n), BaseException)]
types_ = [n for n in names if isinstance(getattr(b, n), type) and n not in exceptions]
funcs = [n for n in names if n not in exceptions and n not in types_]
print(len(exceptions), exceptions)
print(len(types_), types_)
print(len(funcs), funcs)
dunders = sorted(n for n in dir(b) if n.startswith("__"))
print([d for d in dunders if d in ("__build_class__", "__import__", "__name__", "__doc__", "__debug__")])
print(b.__name__, type(b).__name__, b is type(sys)("builtins"), sys.modules["builtins"] is b)
for n in ("abs", "len", "print", "sorted", "iter", "next", "getattr", "isinstance", "__build_class__", "__import__"):
    f = getattr(b, n)
    print(n, type(f).__name__, f.__name__, f.__self__ is b, f.__module__ if hasattr(f, "__module__") else "")
print(type(b.copyright).__name__ if hasattr(b, "copyright") else "no copyright (-S)", hasattr(b, "exit"), hasattr(b, "help"))
print(b.Ellipsis is ..., b.NotImplemented is NotImplemented, b.__debug__, getattr(b, "False", "no False attr"))
site_names = [n for n in ("copyright", "credits", "exit", "help", "license", "quit") if hasattr(b, n)]
print("site-added names present:", site_names)
print(sorted(type(getattr(b, n)).__name__ for n in funcs if not callable(getattr(b, n))))

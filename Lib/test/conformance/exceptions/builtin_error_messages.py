# The exact messages of common runtime errors.
def attempt(code):
    try:
        exec(code, {})
    except Exception as e:
        print(f"{code!r:40} {type(e).__name__}: {e}")
for code in [
    "undefined_name", "1 + 'a'", "'a' + 1", "[] + ()", "1 - None", "f = None; f()", "len(5)", "[1][5]", "(1,)[-3]", "'ab'[9]",
    "{}['k']", "{'a': 1}[('t', 1)]", "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "int('x')", "float('y')", "[].pop()",
    "{}.popitem()", "set().pop()", "object().attr", "int.attr", "None.attr", "import_me", "x = [1]; x.nope",
    "'abc'.index('z')", "[1, 2].index(3)", "(1, 2).index(3)", "iter(5)", "next(iter([]))", "1 < 'a'", "[1] < 'a'",
    "-'a'", "~1.5", "+[]", "abs('x')", "hash([])", "{[]: 1}", "{[1]}", "a, b = 1, 2, 3", "a, b, c = 1, 2", "a, b = 1",
    "(*a,) = 5", "def f(): return x\nx = 1\ndel x\nf()", "def g():\n    y\n    y = 1\ng()", "chr(-1)", "ord('ab')",
    "range(1.5)", "range(0, 10, 0)", "'x' * 'y'", "[] * []", "sum(['a', 'b'])", "sum([[1]], [])", "max([])", "min()",
    "divmod(1, 0)", "pow(0, -1)", "round('x')", "int(None)", "list(5)", "dict(5)", "dict([1])", "tuple(5)",
    "''.join([1])", "'{}'.format()", "'%d' % 'x'", "b'a' + 'b'", "bytes('x')", "memoryview('x')", "open",
    "class A: pass\nA().x", "class B:\n    __slots__ = ()\nB().y = 1", "(lambda: 0)(1)", "type(1, 2)", "super()",
    "getattr(1, 'x')", "setattr(1, 'x', 2)", "delattr(1, 'x')", "issubclass(1, int)", "isinstance(1, 1)",
    "[].sort(key=5)", "sorted(5)", "reversed(5)", "enumerate(5)", "zip(5)", "map(len)", "filter(None)",
    "bin(1.5)", "hex('x')", "oct([])", "format(1, 'q')", "ascii()", "callable()", "print(sep=5)", "print(end=5)",
]:
    attempt(code)

// The compiler against CPython's compile(), live: each snippet is compiled by Taipan, marshalled,
// loaded by the reference CPython and compared recursively with CPython's own code object
// (co_code, co_consts, names, flags, stack size, line and exception tables, ...).
import { parse } from "../Parser/parse";
import { compileAST, compileSource } from "./compile";
import { marshalDumps } from "./marshal";
import { CompileWorker, Reply } from "../../scripts/lib/compile_compare";

const SNIPPETS: Record<string, string> = {
  assignments: "a = b = 1\nx, *y = z\n[p, q] = r\na.b = c[d] = 2\ndel a.b, c[d], e\nx += 1\na.b -= 2\nc[d] *= 3\n",
  annotations: "x: int = 1\ny: 'str'\na.b: int\nc[0]: int = 2\nclass K:\n    z: list[int] = []\ndef f(a: int, *b: str, c: float = 1.0, **d: bool) -> None:\n    e: int = 3\n",
  future_annotations: "from __future__ import annotations\nx: List[int] = []\ndef f(a: Dict[str, 'K'], *, b: int | None = None) -> tuple[int, ...]: pass\nclass K:\n    y: Callable[[int], str]\n",
  future_annotations_unparse:
    "from __future__ import annotations\n" +
    [
      "a + b * c ** -d", "(a + b) * c", "not a or b and c", "a if b else c", "lambda x, *y, z=1, **k: x", "lambda: 0",
      "f(x, *y, k=1, **z)", "f(i for i in x)", "[i for i in x if i]", "{k: v for k, v in d}", "{1, 2}", "{}", "{**a, 'b': 1}",
      "a[1:2, ::3]", "a[b][c].d", "(1).real", "1.5e300 * 1e10", "-1j", "(1+2j)", "'s' 'q'", "b'\\x00'", "f'{x!r:>{w}}'",
      "x < y <= z is not w", "(a, b)", "()", "(a,)", "[*a, *b]", "a @ b // c % d", "~a << b >> c & d ^ e | f",
      "...", "None", "True", "a.b[c](d)", "Literal['a', \"b'c\"]", "1e309",
    ]
      .map((a, i) => `v${i}: ${a}\n`)
      .join(""),
  calls: "f()\nf(1, 2, k=3)\nf(*a, **k)\nf(1, *a, 2, k=1, **m)\no.m(1, x=2)\no.m(*a)\nprint(*[1], sep='')\nf(**{'a': 1})\n",
  constants_and_folding: "a = 1 + 2 * 3\nb = -1\nc = 2 ** 100\nd = 'ab' * 3\ne = (1, 2, (3, 4))\nf = not 1\ng = ~5\nh = 1 / 3\ni = 7 // -2\nj = -7 % 3\nk = 1 << 200\nl = 'x'[0]\nm = b'ab'[1]\nn = 3.0 ** -2\no = 10 ** -5\np = __debug__\nq = 1j * 2\nr = '%s-%r' % (x, y)\ns = 2.5 % -1\n",
  control_flow: "if a:\n    b()\nelif c:\n    d()\nelse:\n    e()\nwhile x:\n    if y: break\n    if z: continue\nelse:\n    w()\nfor i in range(3):\n    pass\nelse:\n    q()\nfor k in [1, 2, 3]: pass\nif x in [1, 2]: pass\nif x not in {1, 2}: pass\n",
  boolean_logic: "a = b and c or d\nif not (a is b): pass\nif a and (b or c): pass\nx = a if b else c\ny = a < b < c\nif a < b < c: pass\nz = x is None\nif x is not None: pass\n",
  functions: "def f(a, b=1, *args, c, d=2, **kw):\n    '''doc'''\n    return a\nasync def g(x, /, y):\n    await x\n    return y\nlambda: 0\nlambda a, *, b=1: a + b\n@dec\n@dec2(1)\ndef h(): pass\n",
  closures: "def outer(a):\n    b = 1\n    def inner(c):\n        nonlocal b\n        b += c\n        return a + b\n    return inner\nclass C:\n    def m(self):\n        return __class__\n    def n(self):\n        return super().n()\n",
  comprehensions: "a = [x for x in y if x]\nb = {x: y for x, y in z}\nc = {x for x in y for z in x}\nd = (x for x in y)\ne = [x for x in [f(y)] for y in z]\nasync def f():\n    return [x async for x in y]\n",
  exceptions: "try:\n    a()\nexcept E as e:\n    b(e)\nexcept (F, G):\n    c()\nexcept:\n    d()\nelse:\n    f()\nfinally:\n    g()\ntry:\n    pass\nexcept* E as eg:\n    pass\nraise X from Y\nraise\n",
  returns_in_finally: "def f():\n    try:\n        return 1\n    finally:\n        print('x')\n    for i in x:\n        try:\n            continue\n        finally:\n            break\n",
  with_statements: "with a as b, c as (d, e):\n    pass\nasync def f():\n    async with x as y:\n        return y\n    async for i in z:\n        pass\n",
  generators: "def g():\n    x = yield 1\n    yield from h()\n    return x\nasync def ag():\n    yield 1\n",
  classes: "class A(B, metaclass=M, **kw):\n    x = 1\n    def __init__(self):\n        self.__p = 1\n    @property\n    def p(self): return self.__p\n@decorate\nclass D: pass\n",
  match_statements: "match p:\n    case 0 | 1:\n        pass\n    case [a, *_, b]:\n        pass\n    case {'k': v, **rest}:\n        pass\n    case Point(x=0, y=yy) if yy > 0:\n        pass\n    case str() as s:\n        pass\n    case None:\n        pass\n    case -1.5:\n        pass\n    case _:\n        pass\n",
  fstrings: "a = f'{x}'\nb = f'{x!r:>{w}} and {y!a} {z:.2f}'\nc = f'{x=}'\n",
  imports: "import a\nimport a.b.c\nimport a.b as c\nfrom a import b, c as d\nfrom . import e\nfrom ..f import *\n",
  globals_and_deletes: "def f():\n    global g\n    g = 1\n    del g\n    x = 1\n    del x\n",
  big_literals: "a = [" + Array.from({ length: 40 }, (_, i) => String(i)).join(", ") + "]\nb = {" + Array.from({ length: 20 }, (_, i) => `'k${i}': ${i}`).join(", ") + "}\nc = f(" + Array.from({ length: 40 }, (_, i) => `a${i}`).join(", ") + ")\n",
  assert_and_walrus: "assert x, 'msg'\nassert y\nif (n := len(a)) > 10: pass\n",
  many_locals_and_extended_args: "def f():\n" + Array.from({ length: 300 }, (_, i) => `    v${i} = ${i}`).join("\n") + "\n    return v299\n",
};

let worker: CompileWorker;
beforeAll(() => {
  worker = new CompileWorker();
});
afterAll(() => worker.close());

describe("code objects are identical to CPython's", () => {
  for (const [name, src] of Object.entries(SNIPPETS)) {
    test(name, async () => {
      const filename = `<${name}>`;
      const code = Buffer.from(marshalDumps(compileAST(parse(src, filename, "exec"), filename))).toString("base64");
      const r: Reply = await worker.ask({ op: "compile", path: filename, source: src, code });
      if (!r.ok) {
        // show what differs before failing
        expect({ where: r.where, fields: r.fields, detail: r.detail, ref: r.ref_dis, ours: r.ours_dis }).toEqual({ ok: true });
      }
      expect(r.ok).toBe(true);
    });
  }
});

describe("other modes and options are identical to CPython's", () => {
  const cases: [string, string, "exec" | "eval" | "single", number][] = [
    ["eval", "a + b * f(c)", "eval", 0],
    ["eval_lambda", "lambda x: [y for y in x]", "eval", 0],
    ["single_expr", "1 + 2\n", "single", 0],
    ["single_stmt", "for i in x: i\n", "single", 0],
    ["single_annotated", "x: int = 1\n", "single", 0],
    ["optimize_1", "assert x\nif __debug__: print(1)\ndef f():\n    'doc'\n", "exec", 1],
    ["optimize_2", "'''module doc'''\ndef f():\n    'doc'\n    return 1\nclass C:\n    'doc'\n", "exec", 2],
  ];
  for (const [name, src, mode, optimize] of cases) {
    test(name, async () => {
      const filename = `<${name}>`;
      const code = Buffer.from(marshalDumps(compileSource(src, filename, mode, { optimize }))).toString("base64");
      const r: Reply = await worker.ask({ op: "compile", path: filename, source: src, code, mode, optimize });
      if (!r.ok) expect({ where: r.where, fields: r.fields, detail: r.detail, ref: r.ref_dis, ours: r.ours_dis }).toEqual({ ok: true });
      expect(r.ok).toBe(true);
    });
  }
});

// Our symbol tables against CPython's `symtable` module, live: block names, types, lines and the
// raw flags of every symbol (DEF_* and scope bits), for snippets covering every scope rule and for
// a sample of stdlib files; and symtable.c's SyntaxErrors (message, line, offset) against compile().
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { findCPython, cleanEnv } from "../../scripts/cpython";
import { parse } from "../Parser/parse";
import { CompileError } from "../Parser/errors";
import { buildSymtable, SymbolTableEntry } from "./symtable";
import { futureFromAST } from "./future";
import { compileAST } from "./compile";

interface Block {
  name: string;
  type: string;
  lineno: number;
  symbols: Record<string, number>;
  children: Block[];
}

const DUMP = `
import symtable, json, sys
def dump(t):
    return {"name": t.get_name(), "type": t.get_type(), "lineno": t.get_lineno(),
            "symbols": {s.get_name(): s._Symbol__flags for s in t.get_symbols()},
            "children": [dump(c) for c in t.get_children()]}
out = []
for src in json.loads(sys.stdin.read()):
    out.append(dump(symtable.symtable(src, "<test>", "exec")))
print(json.dumps(out))
`;

function ours(src: string): Block {
  const mod = parse(src, "<test>", "exec");
  const st = buildSymtable(mod, "<test>", futureFromAST(mod, "<test>"));
  const conv = (ste: SymbolTableEntry): Block => ({
    name: ste.name,
    type: ste.type,
    lineno: ste.lineno,
    symbols: Object.fromEntries(ste.symbols),
    children: ste.children.map(conv),
  });
  return conv(st.top);
}

function cpython(script: string, input: string): string {
  return execFileSync(findCPython().executable, ["-I", "-S", "-c", script], { input, encoding: "utf8", env: cleanEnv(), maxBuffer: 1 << 28 });
}

const SNIPPETS = [
  "x = 1\ndef f(a, b=2, *args, c, d=4, **kw):\n    global x\n    x = a + b\n    return y\n",
  "def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n        return w\n    w = 2\n    return inner\n",
  "class C:\n    x = 1\n    def m(self):\n        return __class__, x, super()\n    def __private(self):\n        self.__y = 1\n",
  "def f():\n    return [x for x in range(3) if (y := x)]\n",
  "def g():\n    a = 1\n    return lambda b, *, c=a: (a, b, c)\n",
  "import os.path, sys as system\nfrom collections import *\nfrom . import rel\n",
  "def gen():\n    yield 1\n    x = yield from gen()\nasync def co():\n    await co()\n    async for i in co(): pass\n    async with co() as c: pass\n    return [j async for j in co()]\n",
  "match p:\n    case [a, *rest]: pass\n    case {'k': v, **others}: pass\n    case Point(x=px) | Point(y=px): pass\n    case _ as whole: pass\n",
  "try:\n    pass\nexcept E as e:\n    pass\nwith a as (b, c): pass\nfor i, j in k: pass\ndel q\n",
  "def f():\n    class D:\n        y = 2\n        def g(self):\n            return y\n    y = 3\n    return D\n",
  "x: int = 1\ndef f():\n    z: str\n    w: int = 2\nclass K:\n    a: int\n    (b): int = 2\n",
  "from __future__ import annotations\ndef f(a: List[int]) -> Dict[str, int]:\n    b: Tuple[int] = ()\n",
  "def f(x):\n    def g():\n        return [lambda: x for _ in range(2)]\n    return g\n",
  "g = (i * j for i in range(3) for j in range(i))\ns = {k: v for k, v in d.items()}\n",
  "def f():\n    global gg\n    gg = 1\n    def h():\n        return gg\n",
  "class A:\n    def f(self):\n        super().f()\n    def __init_subclass__(cls): pass\n",
];

const PY = findCPython();
const STDLIB_SAMPLE = ["functools.py", "dataclasses.py", "enum.py", "typing.py", "asyncio/tasks.py", "inspect.py"];

test("symbol tables agree with CPython's symtable module", () => {
  const sources = [...SNIPPETS, ...STDLIB_SAMPLE.map((f) => require("node:fs").readFileSync(join(PY.stdlib, f), "utf8") as string)];
  const expected = JSON.parse(cpython(DUMP, JSON.stringify(sources))) as Block[];
  sources.forEach((src, i) => {
    const got = ours(src);
    // CPython's get_type() names: module/function/class
    expect(got).toEqual(expected[i]);
  });
});

const ERRORS = [
  "def f(a):\n    global a\n",
  "def f(a):\n    nonlocal a\n",
  "nonlocal x\n",
  "def f():\n    nonlocal q\n",
  "def f():\n    x = 1\n    global x\n",
  "def f():\n    print(x)\n    global x\n",
  "def f():\n    x: int\n    global x\n",
  "def f():\n    global x\n    x: int = 1\n",
  "def f(a, a): pass\n",
  "def f():\n    from os import *\n",
  "[i := 0 for i in range(3)]\n",
  "[x for x in (y := [1, 2])]\n",
  "class C:\n    [(z := i) for i in range(3)]\n",
  "[[(j := k) for k in range(2)] for j in range(2)]\n",
  "[i for i in range(3) if (yield i)]\n",
  "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
  "return 1\n",
  "yield 1\n",
  "await x\n",
  "def f():\n    yield from x\n    return 1\nasync def g():\n    yield from x\n",
  "async def g():\n    yield 1\n    return 2\n",
  "for x in y:\n    pass\nbreak\n",
  "continue\n",
  "def f():\n    async for x in y: pass\n",
  "def f():\n    async with x: pass\n",
  "__debug__ = 1\n",
  "del __debug__\n",
  "f(a=1, a=2)\n",
  "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
  "def f():\n    return [x async for x in y]\n",
  "match x:\n    case a:\n        pass\n    case b:\n        pass\n",
  "match x:\n    case [a, a]:\n        pass\n",
  "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
  "match x:\n    case 1 | y:\n        pass\n",
  "from __future__ import braces\n",
  "from __future__ import nonsense\n",
  "x = 1\nfrom __future__ import annotations\n",
  "try:\n    pass\nexcept* E:\n    break\n",
  // SyntaxWarnings turned into errors (warnings.simplefilter("error"))
  "if x is 1: pass\n",
  "y = x is not ()\n",
  "assert (x, 'msg')\n",
  "f = 1(2)\n",
  "g = [1, 2][1, 2]\n",
  "h = {1, 2}[0]\n",
  "k = 'abc'['b']\n",
];

const ERRORS_PY = `
import json, sys, warnings
warnings.simplefilter("error")
out = []
for src in json.loads(sys.stdin.read()):
    try:
        compile(src, "<test>", "exec")
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
print(json.dumps(out))
`;

test("symtable and compiler SyntaxErrors agree with compile()", () => {
  const expected = JSON.parse(cpython(ERRORS_PY, JSON.stringify(ERRORS))) as (unknown[] | null)[];
  const got = ERRORS.map((src) => {
    try {
      compileAST(parse(src, "<test>", "exec"), "<test>", { warn: () => false });
      return null;
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      // CompileError has no "None" end offset: 0 stands for it
      return [e.type, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset || null];
    }
  });
  const rows = ERRORS.map((src, i) => ({ src, cpython: expected[i], taipan: got[i] }));
  expect(rows.filter((r) => JSON.stringify(r.cpython) !== JSON.stringify(r.taipan))).toEqual([]);
});
